//! Extracts each argument (a sentence) and prints its entities (label/type/rule)
//! and relations: a quick look at what the rules do with one sentence.
fn main() {
    let pipeline = tupu_extract::Pipeline::new().unwrap();
    for text in std::env::args().skip(1) {
        let x = pipeline.extract("arg.txt", &text);
        let entities: Vec<String> = x
            .entities
            .iter()
            .map(|e| format!("{}/{:?}/{}", e.label, e.kind, e.mentions.first().map_or("", |m| m.rule.as_str())))
            .collect();
        println!("E: {}", entities.join("  "));
        for r in &x.relations {
            let rule = r.provenance.first().map_or("", |p| p.rule.as_str());
            println!("R: {} {} {} [{}]", r.subject, r.predicate.as_str(), r.object, rule);
        }
        for f in &x.facts {
            println!("F: {} {} {} {} {:?}", f.subject, f.metric, f.value, f.unit, f.date);
        }
    }
}
