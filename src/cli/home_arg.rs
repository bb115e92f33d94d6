//! `--home`, shared by the commands that extract: `extract`, `ingest`,
//! `eval` and `serve`.

use anyhow::Context;
use tupu::dictionary::Dictionary;
use tupu::pipeline::Home;

#[derive(Debug, Clone, clap::Args)]
pub struct HomeArg {
    /// The place the articles' domestic words (国内, 国产, 本土) stand for,
    /// so that 国产厂商华为 gives 华为 locatedIn that place: a country,
    /// region or city the dictionary knows (中国, 台湾, 香港 …, either
    /// script), `none` for no place, or `auto`: from an outlet prefix of
    /// the file name (cn_ and hk_ give 中国, tw_ gives 台湾), else 中国
    /// for an article in simplified script and no place for traditional.
    #[arg(long, value_name = "PLACE", default_value = "auto")]
    home: String,
}

impl HomeArg {
    /// The home, checked against `dictionary`: the one the command loaded
    /// for extraction anyway.
    pub fn resolve_with(&self, dictionary: &Dictionary) -> anyhow::Result<Home> {
        Home::parse(&self.home, dictionary).context("--home")
    }

    /// The home, checked against the bundled dictionary, loaded only when
    /// the value is a place: for `serve`, whose extractor is built later,
    /// inside the server.
    pub fn resolve(&self) -> anyhow::Result<Home> {
        if self.home == "auto" {
            return Ok(Home::Auto);
        }
        let dictionary = Dictionary::bundled().context("loading the bundled dictionary")?;
        self.resolve_with(&dictionary)
    }
}
