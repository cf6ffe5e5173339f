// Runs the NLP core over one document: each sentence tagged (UPOS, XPOS) and parsed, and the
// whole document through the entity recogniser (which uses document context). Keeps its
// buffers from document to document: one Annotator per thread.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "extract/core/models.hpp"

namespace kg::nlp {

struct SentenceAnalysis {
    std::vector<std::string_view> words;
    Tags tags;
    Parse parse;
    std::vector<std::string_view> upos, xpos;  // tag names, for the parser and for writers
};

struct DocumentAnalysis {
    std::vector<SentenceAnalysis> sentences;  // only the first `count` are in use
    std::size_t count = 0;
    std::vector<EntitySpan> entities;  // in text order

    std::span<SentenceAnalysis> used() { return {sentences.data(), count}; }
    std::span<const SentenceAnalysis> used() const { return {sentences.data(), count}; }
};

struct AnnotateSteps {
    bool syntax = true;    // tagger, and the parser unless `parse` is false
    bool parse = true;     // false: tags only; add_parses() parses the sentences wanted later
    bool entities = true;  // entity recogniser
};

class Annotator {
   public:
    explicit Annotator(const Models& models) : models_(&models) {}
    // `sentences`: the words of each sentence of one document (views must outlive `out`'s use).
    void annotate(std::span<const std::vector<std::string_view>> sentences, DocumentAnalysis& out,
                  AnnotateSteps steps = {});

    // Parses the sentences i of `doc` with wanted[i] true, in a document annotated without
    // `parse` (the others keep their tags and no parse). A sentence's parse depends on that
    // sentence alone: each gets what a full annotation would give it.
    void add_parses(DocumentAnalysis& doc, std::span<const char> wanted) const;

    // The models it runs (their label and tag names, for stages that read its output).
    const Models& models() const { return *models_; }

   private:
    const Models* models_;
};

// The IOB2 tag of each word of sentence `s` ("B-PER", "I-ORG", "O"), from the spans.
void iob2_tags(const DocumentAnalysis& doc, std::size_t s, std::vector<std::string>& out);

}  // namespace kg::nlp
