// The CoNLL-2003 layout: one word per line, first column the word, last column the entity tag
// when there is more than one column ("EU NNP I-NP I-ORG"); a blank line between sentences;
// a "-DOCSTART-" line between documents.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "extract/ner/ner.hpp"

namespace kg::nlp {

struct ConllSentence {
    std::vector<std::string> words;
    std::vector<std::string> tags;  // the last column, one per word; empty when the file has one column
    std::vector<std::size_t> lines;  // the line number of each word (messages)
};

struct ConllDocument {
    bool docstart = false;  // opened by a -DOCSTART- line (kept when written back)
    std::vector<ConllSentence> sentences;
};

struct ConllFile {
    std::string name;
    std::vector<ConllDocument> documents;
};

// Reads a CoNLL-2003 file; throws InputError naming the file and line on a line the layout
// does not allow (a word with a tag missing where others have it).
ConllFile read_conll2003(std::istream& in, const std::string& name);
ConllFile read_conll2003_file(const std::string& path);

// The gold entities of a document, from its IOB1 or IOB2 tags. Throws InputError naming the
// file and line of a tag that is not O, B-KIND or I-KIND.
std::vector<EntitySpan> gold_spans(const ConllDocument& doc, const std::string& file_name);

// Writes `WORD TAG` lines, the tag IOB2 from `spans` (one list per document, spans in any
// order), a blank line after each sentence and "-DOCSTART- O" (then a blank line) where the
// input had a -DOCSTART- line.
void write_conll2003(std::ostream& out, const ConllFile& file, std::span<const std::vector<EntitySpan>> spans);

// The words of a document as string views (for EntityRecognizer::recognize).
std::vector<std::vector<std::string_view>> word_views(const ConllDocument& doc);

}  // namespace kg::nlp
