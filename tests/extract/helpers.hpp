// Helpers shared by the extractor tests: run the extractor on a made-up article and ask
// what came out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/article_pipeline.hpp"
#include "extract/core/models.hpp"
#include "extract/extract.hpp"
#include "extract/lexicon.hpp"
#include "graph/statement.hpp"

namespace kg::extract::test {

// One shared lexicon (building it takes a few milliseconds).
const Lexicon& lexicon();

// Extracts one article whose text is `text` (first line = title, as in a text file).
StatementSet run(const std::string& text, bool co_mentions = false);
// The same with the shipped NLP core (tagger, parser, recogniser) as `kgraph extract` runs.
StatementSet run_with_core(const std::string& text);
// The shipped models, loaded once for the test program.
const nlp::Models& shipped_models();

// The statement subject -relation-> object, if any (names as the entity lines give them).
const Statement* find(const StatementSet& s, const std::string& subject, Relation relation,
                      const std::string& object);
bool has(const StatementSet& s, const std::string& subject, Relation relation, const std::string& object);
// Any statement between the two, in either direction.
bool linked(const StatementSet& s, const std::string& a, const std::string& b);

const EntityDecl* entity(const StatementSet& s, const std::string& name);
bool has_entity(const StatementSet& s, const std::string& name, NodeType type);
bool has_alias(const StatementSet& s, const std::string& name, const std::string& alias);

// Analyses a text up to coreference (for the stage tests). Held by pointer: the document
// views the normalised text it owns.
std::unique_ptr<AnalysedArticle> analysed(const std::string& text, bool title_line = false);
// The mentions' surfaces "[surface:Type]" in order, for readable assertions.
std::string mentions_of(const AnalysedArticle& a);

}  // namespace kg::extract::test
