"""The pipeline a user would write instead of tupu, for the scale benchmark.

jieba with the tupu dictionary as user words, entities found by dictionary
lookup of the tokens, a co-occurrence relation for every pair of entities
in a sentence, every article as a named graph in an rdflib Dataset, and the
dataset written as N-Quads. It does much less than tupu (no patterns, no
typed relations, no figures, no provenance), so the comparison flatters it.

Prints one JSON object: {"articles", "bytes", "seconds", "quads"}; the
seconds cover the articles only (reading, segmenting, graph building and
serializing), not interpreter start-up or dictionary loading — as tupu's
extraction figure excludes loading its pipeline.
"""

import argparse
import json
import re
import time
from urllib.parse import quote

import jieba
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

TUPU = Namespace("https://tupu.dev/ontology#")
ID = "https://tupu.dev/id/"
ARTICLE = "https://tupu.dev/article/"
SENTENCE_END = re.compile(r"[。！？!?\n]")


def load_dictionary(path):
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2 or cols[1] == "type":
                continue
            label, kind = cols[0], cols[1]
            aliases = cols[2].split("|") if len(cols) > 2 and cols[2] else []
            for name in [label] + aliases:
                names[name] = (label, kind)
                jieba.add_word(name, freq=1000)
    return names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dictionary", required=True)
    parser.add_argument("--files", required=True, help="a file listing one article path per line")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    names = load_dictionary(args.dictionary)
    jieba.initialize()
    with open(args.files, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]

    started = time.perf_counter()
    dataset = Dataset()
    total_bytes = 0
    for path in paths:
        with open(path, "rb") as f:
            raw = f.read()
        total_bytes += len(raw)
        text = raw.decode("utf-8")
        graph = dataset.graph(URIRef(ARTICLE + quote(path.rsplit("/", 1)[-1])))
        for sentence in SENTENCE_END.split(text):
            found = []
            for token in jieba.cut(sentence):
                hit = names.get(token)
                if hit:
                    label, kind = hit
                    entity = URIRef(ID + kind + "/" + quote(label))
                    graph.add((entity, RDF.type, TUPU[kind]))
                    graph.add((entity, RDFS.label, Literal(label, lang="zh-Hans")))
                    found.append(entity)
            for i, a in enumerate(found):
                for b in found[i + 1:]:
                    if a != b:
                        graph.add((a, TUPU.relatedTo, b))
    data = dataset.serialize(format="nquads")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(data)
    seconds = time.perf_counter() - started
    quads = sum(len(g) for g in dataset.graphs())
    print(json.dumps({"articles": len(paths), "bytes": total_bytes, "seconds": seconds, "quads": quads}))


if __name__ == "__main__":
    main()
