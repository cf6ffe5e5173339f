#!/usr/bin/env bash
# Retrains every model of the NLP core from ../shared/corpus, in order (the clusters first:
# the other three use them; the parser's training tags come from the tagger; the relation
# classifier last, as it reads its training text with the other four). Deterministic:
# the same corpora give byte-identical model files. About 25 minutes on one core, and 3 more
# to pick the relation classifier's link margin on the development sets.
#
#   models/retrain.sh [OUT_DIR]        (default: models/, replacing the shipped models)
#
# Needs a build (cmake --build build --target kgraph kgraph-train); KGRAPH_TRAIN and KGRAPH
# name other binaries, CORPUS another corpus folder (holding news-dev and reuters21578 too).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
train=${KGRAPH_TRAIN:-$root/build/cli/kgraph-train}
kgraph=${KGRAPH:-$root/build/cli/kgraph}
corpus=${CORPUS:-$root/../shared/corpus}
out=${1:-$root/models}
ewt=$corpus/ud-english-ewt
conll=$corpus/conll2003

[ -x "$train" ] || { echo "retrain: $train not found (cmake --build build --target kgraph-train)" >&2; exit 2; }
[ -x "$kgraph" ] || { echo "retrain: $kgraph not found (cmake --build build --target kgraph)" >&2; exit 2; }
mkdir -p "$out"
step() { echo; echo "== $* ($(date -u +%H:%M:%S))"; }

step "word clusters: Reuters-21578, EWT train, CoNLL-2003 train"
"$train" clusters --text "$corpus/reuters21578/reuters21578.jsonl" "$ewt/en_ewt-ud-train.conllu" \
    "$conll/eng.train" -o "$out/clusters.kgm"

step "tagger: EWT train (dev for the per-epoch report)"
"$train" tagger --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" \
    --clusters "$out/clusters.kgm" -o "$out/tagger.kgm"

step "parser: EWT train with jackknifed tags"
"$train" parser --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" \
    --tagger "$out/tagger.kgm" --clusters "$out/clusters.kgm" -o "$out/parser.kgm"

step "entity recogniser: CoNLL-2003 train (dev picks the epoch)"
"$train" ner --train "$conll/eng.train" --dev "$conll/eng.testa" --clusters "$out/clusters.kgm" \
    -o "$out/ner.kgm"

# Typed relations from CoNLL04 (CoNLL04 dev picks the epoch and their margin), links of any
# other kind from CrossRE's news sentences (its train splits and the extension's dev split to
# learn from, the original dev split to report on). The link margin is in the model's own
# units, so each trained model needs its own: pick_link_margin.py trains one model per margin
# of a grid (the same epoch and typed margin each time) and keeps the one with the best pair
# and relation F1 on news-dev and the Reuters development stories together (models/README.md).
# The best on CrossRE dev is looser, as CrossRE, like CoNLL04, keeps sentences chosen for their
# relations.
step "relation classifier: CoNLL04 and CrossRE news through the extractor with the four models above; link margin picked on the development sets"
/usr/bin/python3 "$root/models/pick_link_margin.py" --kgraph "$kgraph" --kgraph-train "$train" \
    --corpus "$corpus" --models "$out"

step "done"
ls -l "$out"/*.kgm
