// CoNLL-U (universaldependencies.org/format.html): reading treebanks for training and
// scoring, and writing predictions back with every line that is not a prediction kept as it
// was (comments, multiword token lines "3-4", empty nodes "5.1").
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace kg::nlp {

// One syntactic word (a line whose ID is an integer). Columns read as written; "_" where the
// file has it. head is -1 when the HEAD column is "_".
struct ConlluWord {
    std::string form, lemma, upos, xpos, feats;
    int head = -1;
    std::string deprel, deps, misc;
    std::size_t line = 0;  // 1-based line number in the file
};

struct ConlluSentence {
    std::vector<std::string> lines;  // every line of the sentence as read, without the newline
    std::vector<std::size_t> word_line;  // lines[word_line[i]] is words[i]'s line
    std::vector<ConlluWord> words;
    std::size_t first_line = 0;  // 1-based

    std::size_t size() const { return words.size(); }
};

// Reads every sentence. Throws kg::InputError naming `name` and the line for a line that is
// not CoNLL-U (wrong column count, bad ID or HEAD, IDs out of order). `require_trees`: HEAD
// must be given on every word (training data).
std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name, bool require_trees = false);
std::vector<ConlluSentence> read_conllu_file(const std::string& path, bool require_trees = false);

// Writes the sentence: word lines rebuilt from `words` (10 columns), all other lines as read,
// a blank line after it.
void write_conllu(const ConlluSentence& sentence, std::ostream& out);

// "nmod:poss" -> "nmod": the universal part of a relation label (how LAS is scored here).
std::string universal_relation(const std::string& deprel);

}  // namespace kg::nlp
