//! The only module that chains the stages:
//! normalize → segment → recognize → relate → resolve.

use crate::dictionary::{Dictionary, DictionaryError};
use crate::model::Extraction;
use crate::normalize::{self, Document, NormalizeError, TextEncoding};
use crate::recognize::{self, Lexicon};
use crate::relate;
use crate::resolve;
use crate::segment::Segmenter;
use std::io::Read;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Bumped whenever extraction output may change, so that stores know an
/// unchanged article still needs re-ingesting.
pub const EXTRACTOR_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+x5");

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PipelineError {
    #[error("invalid dictionary")]
    Dictionary(#[from] DictionaryError),
    #[error("{}: {}", path.display(), self.problem())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}: {source}", path.display())]
    Decode { path: PathBuf, source: NormalizeError },
    #[error("{}: {}", path.display(), self.problem())]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}", self.problem())]
    UnknownHome { name: String },
}

impl PipelineError {
    /// The problem without the file's name, for messages that name the file
    /// already (`tupu: FILE: PROBLEM`).
    pub fn problem(&self) -> String {
        match self {
            PipelineError::Dictionary(e) => format!("invalid dictionary: {e}"),
            PipelineError::Read { source, .. } if source.raw_os_error() == Some(40) && cfg!(target_os = "linux") => {
                format!("cannot read: symlink loop ({source})")
            }
            PipelineError::Read { source, .. } => format!("cannot read: {source}"),
            PipelineError::Decode { source, .. } => source.to_string(),
            PipelineError::TooLarge { size, .. } => format!(
                "the file is too large ({} MiB; articles are read up to {} MiB)",
                size / (1 << 20),
                MAX_ARTICLE_BYTES >> 20
            ),
            PipelineError::UnknownHome { name } => format!(
                "`{name}` is no place the dictionary knows: give a country, region or city \
                 (中国, 台湾, 香港, 新加坡 …), `auto` or `none`"
            ),
        }
    }
}

/// The place an article's domestic words (国内, 国产, 本土) stand for:
/// 国产厂商 in a Taipei paper is a Taiwanese firm, in a Beijing one a
/// mainland firm.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Home {
    /// Read from the document's name: an outlet prefix (`cn_`, `hk_`:
    /// mainland China; `tw_`: Taiwan), else mainland China for simplified
    /// script and nothing for traditional ([`relate::outlet_home`]).
    #[default]
    Auto,
    /// Every article is from an outlet at home in this place: the curated
    /// label of a Place, as [`Home::parse`] gives it.
    Place(String),
    /// Domestic words place nothing.
    Nowhere,
}

impl Home {
    /// `auto`, `none`, or the name of a place the dictionary knows in
    /// either script (台灣 and 台湾 both give the label 台湾).
    pub fn parse(value: &str, dictionary: &Dictionary) -> Result<Home, PipelineError> {
        let value = value.trim();
        match value {
            "auto" => return Ok(Home::Auto),
            "none" => return Ok(Home::Nowhere),
            _ => {}
        }
        // Looked up folded (fold_name), so either script finds the entry.
        dictionary
            .lookup(value)
            .map(|id| dictionary.entry(id))
            .filter(|entry| entry.kind == crate::model::EntityType::Place)
            .map(|entry| Home::Place(entry.label.clone()))
            .ok_or_else(|| PipelineError::UnknownHome { name: value.to_string() })
    }

    /// What a store records beside the extractor's version: articles
    /// extracted with another home must be extracted again.
    pub fn version_tag(&self) -> Option<String> {
        match self {
            Home::Auto => None,
            Home::Place(label) => Some(format!("home/{label}")),
            Home::Nowhere => Some("home/none".to_string()),
        }
    }
}

/// The extractor: the dictionary and segmenter loaded once, then any
/// number of articles. Pure: the same text always gives the same output.
pub struct Pipeline {
    dictionary: Dictionary,
    lexicon: Lexicon,
    segmenter: Segmenter,
    home: Home,
}

impl Pipeline {
    /// A pipeline with the bundled dictionary.
    pub fn new() -> Result<Pipeline, PipelineError> {
        Ok(Pipeline::with_dictionary(Dictionary::bundled()?))
    }

    pub fn with_dictionary(dictionary: Dictionary) -> Pipeline {
        let lexicon = Lexicon::new(&dictionary);
        let segmenter = Segmenter::new(&dictionary);
        Pipeline { dictionary, lexicon, segmenter, home: Home::Auto }
    }

    /// Domestic words point at `home` instead of the default [`Home::Auto`].
    pub fn with_home(mut self, home: Home) -> Pipeline {
        self.home = home;
        self
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    pub fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    /// Extracts one article. `doc` names it in provenance (its file name).
    ///
    /// ```
    /// let pipeline = tupu_extract::Pipeline::new().unwrap();
    /// let e = pipeline.extract("a.txt", "在政务领域,西湖区依托阿里云「通义千问」大模型开发了「西小服」AI专员。");
    /// let xixiaofu = e.entities.iter().find(|e| e.label == "西小服").unwrap();
    /// assert_eq!(xixiaofu.kind, tupu_extract::EntityType::Deployment);
    /// assert!(e.relations.iter().any(|r| r.subject == "西小服"
    ///     && r.predicate == tupu_extract::Predicate::UsesModel && r.object == "通义千问"));
    /// // Provenance points into the text as given.
    /// let at = &xixiaofu.mentions[0].bytes;
    /// assert_eq!(&"在政务领域,西湖区依托阿里云「通义千问」大模型开发了「西小服」AI专员。"[at.start..at.end], "西小服");
    /// ```
    pub fn extract(&self, doc: &str, text: &str) -> Extraction {
        let document = Document::new(text);
        self.extract_document(doc, &document)
    }

    pub fn extract_document(&self, doc: &str, document: &Document) -> Extraction {
        let tokens: Vec<_> =
            document.sentences.iter().map(|s| self.segmenter.tag(document.slice(s.span), s.span.start)).collect();
        let mentions = recognize::recognize(document, &tokens, &self.dictionary, &self.lexicon);
        let home = match &self.home {
            Home::Auto => relate::outlet_home(doc, document),
            Home::Place(label) => Some(label.as_str()),
            Home::Nowhere => None,
        };
        let related = relate::relate(document, &tokens, &mentions, &self.dictionary, home);
        resolve::resolve(doc, document, &mentions, &related, &self.dictionary)
    }

    /// Reads, decodes and extracts one file; the document is named by the
    /// file name.
    pub fn extract_file(&self, path: &Path, encoding: Option<TextEncoding>) -> Result<Extraction, PipelineError> {
        let text = read_article(path, encoding)?;
        Ok(self.extract(&doc_name(path), &text))
    }
}

/// Files larger than this are not read: no news article comes near it, and
/// the extractor's memory grows with the text (about 30 bytes a char).
pub const MAX_ARTICLE_BYTES: u64 = 1 << 20;

/// The text of an article file: decoded ([`normalize::decode`], `encoding`
/// forces one) and, for HTML, the article laid out as plain text
/// ([`normalize::HtmlArticle::to_text`]). Provenance offsets index this text.
/// A thin wrapper over [`article_text`]: it refuses a file over
/// [`MAX_ARTICLE_BYTES`] before reading it.
pub fn read_article(path: &Path, encoding: Option<TextEncoding>) -> Result<String, PipelineError> {
    let read_error = |source| PipelineError::Read { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    let size = metadata.len();
    if metadata.is_dir() {
        return Err(read_error(std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a folder")));
    }
    if size > MAX_ARTICLE_BYTES {
        return Err(PipelineError::TooLarge { path: path.to_path_buf(), size });
    }
    // `take`: the file may have grown since its size was read.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes).map_err(read_error)?;
    article_text(&bytes, path, encoding)
}

/// The text of an article given as bytes (a file's content, an upload):
/// the one ingest reader. `name` is its file name or path: its extension
/// (`.html`, `.htm`) and the content tell HTML from text, and errors carry
/// it. More than [`MAX_ARTICLE_BYTES`] is [`PipelineError::TooLarge`];
/// bytes in no supported encoding and HTML without a body are
/// [`PipelineError::Decode`].
///
/// ```
/// use std::path::Path;
/// use tupu_extract::pipeline::article_text;
/// let page = "<html><head><title>标题</title></head><body><p>腾讯发布了混元大模型。</p></body></html>";
/// let text = article_text(page.as_bytes(), Path::new("a.html"), None).unwrap();
/// assert!(text.starts_with("标题\n") && text.contains("腾讯发布了混元大模型。"));
/// let (gbk, _, _) = encoding_rs::GBK.encode("腾讯发布了混元大模型，阿里云推出了通义千问。");
/// assert_eq!(article_text(&gbk, Path::new("a.txt"), None).unwrap(), "腾讯发布了混元大模型，阿里云推出了通义千问。");
/// ```
pub fn article_text(bytes: &[u8], name: &Path, encoding: Option<TextEncoding>) -> Result<String, PipelineError> {
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(PipelineError::TooLarge { path: name.to_path_buf(), size: bytes.len() as u64 });
    }
    let decoded = normalize::decode(bytes, encoding)
        .map_err(|source| PipelineError::Decode { path: name.to_path_buf(), source })?;
    let extension = name.extension().and_then(|e| e.to_str());
    if normalize::is_html(extension, &decoded.text) {
        let article = normalize::HtmlArticle::parse(&decoded.text);
        if article.body.trim().is_empty() {
            return Err(PipelineError::Decode { path: name.to_path_buf(), source: NormalizeError::EmptyPage });
        }
        return Ok(article.to_text());
    }
    Ok(decoded.text)
}

/// The name under which an article is known: its file name.
pub fn doc_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}
