#include "extract/article_pipeline.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extract/coref.hpp"
#include "extract/pair_relations.hpp"
#include "extract/flags.hpp"
#include "extract/mentions.hpp"
#include "extract/outlets.hpp"
#include "extract/relations.hpp"
#include "extract/sentences.hpp"
#include "extract/token_arcs.hpp"
#include "extract/tokens.hpp"

namespace kg::extract {
namespace {

// The sentence as written, whitespace (hard wraps included) collapsed.
std::string evidence_text(std::string_view input, std::size_t b, std::size_t e) {
    return collapse_whitespace(input.substr(b, e - b));
}

bool scored_type(NodeType t) { return t != NodeType::Other; }

std::string strip_possessive(std::string s) {
    for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'"}) {
        if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
            s.erase(s.size() - suffix.size());
            break;
        }
    }
    return s;
}

NodeType node_type(nlp::EntityKind k) {
    switch (k) {
        case nlp::EntityKind::PER: return NodeType::Person;
        case nlp::EntityKind::ORG: return NodeType::Organization;
        case nlp::EntityKind::LOC: return NodeType::Place;
        case nlp::EntityKind::MISC: break;
    }
    return NodeType::Other;
}

// The NLP core's tagger and entity recogniser over the article's treebank words; the tags
// and entities go onto the tokens. Parses come later, for the sentences that need them
// (parse_sentences_read_later).
void tag_and_recognise(nlp::Annotator& core, AnalysedArticle& a) {
    treebank_words(a.doc, a.words);
    nlp::AnnotateSteps steps;
    steps.parse = false;
    core.annotate(a.words.sentences, a.analysis, steps);
    attach_arcs(a.words, a.analysis, core.models().parser, a.doc);
    for (const nlp::EntitySpan& e : a.analysis.entities) {
        const auto& token_of = a.words.token_of_word[e.sentence];
        if (e.first >= e.last || e.last > token_of.size()) continue;
        a.doc.recognised.push_back(
            {token_of[e.first], token_of[e.last - 1] + 1, static_cast<int>(e.sentence), node_type(e.kind)});
    }
}

// Parses the sentences whose arcs a later stage reads, and puts the arcs on the tokens: the
// relation stages read a sentence with two mentions or more, the outlet stage one with a
// mention it examines. The others (often half of a wire story: figures, quotes, background)
// keep their tags and no arcs, as the parser is the costliest model. A sentence's parse
// depends on that sentence alone, so the arcs read are the ones a parse of every sentence
// gives.
void parse_sentences_read_later(nlp::Annotator& core, AnalysedArticle& a) {
    const std::size_t count = std::min(a.analysis.count, a.doc.sentences.size());
    std::vector<int> weight(count, 0);  // a sentence is parsed at 2
    for (const Mention& m : a.doc.mentions)
        if (m.sentence >= 0 && static_cast<std::size_t>(m.sentence) < count)
            weight[static_cast<std::size_t>(m.sentence)] += examined_for_outlet(m, a.doc) ? 2 : 1;
    std::vector<char> wanted(count);
    for (std::size_t s = 0; s < count; ++s) wanted[s] = weight[s] >= 2;
    core.add_parses(a.analysis, wanted);
    attach_arcs(a.words, a.analysis, core.models().parser, a.doc);
}

}  // namespace

bool starts_with_title(const ArticleText& article) {
    if (article.meta.title.empty()) return true;
    std::string_view t = article.text;
    if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
    std::size_t b = t.find_first_not_of(" \t\r\n#");
    if (b == std::string_view::npos) return true;
    std::size_t e = t.find('\n', b);
    std::string_view line = t.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    return line == article.meta.title;
}

void analyse_tokens(std::string_view text, const Lexicon& lexicon, AnalysedArticle& out, bool title_line,
                    TokenScratch* scratch) {
    // Every part is cleared, not replaced: an AnalysedArticle kept by the caller lends its
    // memory to the next article.
    normalize(text, title_line, out.normalized);
    Document& doc = out.doc;
    doc.clear();
    doc.text = out.normalized.text;
    split_sentences(doc.text, lexicon, doc.sentences);
    doc.tokens.reserve(doc.text.size() / 5);
    std::optional<TokenScratch> local;  // only when the caller keeps none
    TokenScratch& tokens = scratch ? *scratch : local.emplace();
    for (Sentence& s : doc.sentences) tokenize(doc.text, s, lexicon, doc.tokens, tokens);
}

void analyse(std::string_view text, const Lexicon& lexicon, AnalysedArticle& out, bool title_line,
             TokenScratch* scratch, nlp::Annotator* core) {
    analyse_tokens(text, lexicon, out, title_line, scratch);
    Document& doc = out.doc;
    if (core) tag_and_recognise(*core, out);
    find_mentions(doc, lexicon);
    resolve_coreference(doc);
    if (core) parse_sentences_read_later(*core, out);
}

StatementSet extract_article(const ArticleText& article, const Lexicon& lexicon,
                             const ExtractOptions& options, std::vector<std::string>& warnings,
                             TokenScratch* scratch, AnalysedArticle* work, nlp::Annotator* core) {
    std::optional<AnalysedArticle> local;  // only when the caller keeps none
    AnalysedArticle& a = work ? *work : local.emplace();
    analyse(article.text, lexicon, a, starts_with_title(article), scratch, core);
    Document& doc = a.doc;
    const std::string& where = article.origin.empty() ? article.meta.id : article.origin;
    for (std::size_t i = 0; i < a.normalized.invalid.size() && i < 5; ++i)
        warnings.push_back(where + ": invalid UTF-8 at byte " + std::to_string(a.normalized.invalid[i]) +
                           " replaced with U+FFFD");
    if (a.normalized.invalid.size() > 5)
        warnings.push_back(where + ": " + std::to_string(a.normalized.invalid.size() - 5) +
                           " more invalid UTF-8 sequences replaced");

    const Outlets outlets = find_outlets(doc, lexicon);
    std::vector<RelationCandidate> relations = find_relations(doc, lexicon, &outlets);
    if (core) add_classified_relations(doc, lexicon, core->models(), outlets, relations);
    drop_cited_sources(doc, relations);  // after both: neither may make a cited body a party

    StatementSet out;
    out.articles.push_back(article.meta);
    const std::string& id = article.meta.id;
    auto usable = [&](int e) { return e >= 0 && doc.entities[e].named && scored_type(doc.entities[e].type); };
    std::vector<std::vector<Join>> joins = alias_joins(doc);
    std::set<std::tuple<int, int, int>> stated_in;
    for (const RelationCandidate& r : relations)
        if (r.relation == Relation::located_in) stated_in.insert({r.subject, r.object, r.sentence});
    // Names as written with a word the mention leaves out: "Tupelo, Miss.", "Mrs. Okafor".
    std::vector<std::vector<Join>> written = state_written_names(doc, stated_in);
    std::vector<std::vector<Join>> honorific = honorific_names(doc);
    for (std::size_t e = 0; e < written.size(); ++e)
        for (Join& j : honorific[e]) written[e].push_back(std::move(j));
    for (const Entity& e : doc.entities) {
        if (!e.named || !scored_type(e.type)) continue;
        EntityDecl d;
        d.name = e.name;
        d.type = e.type;
        d.article = id;
        d.media = outlets.outlet(static_cast<int>(&e - doc.entities.data()));
        std::set<std::string> seen{e.name};
        for (const std::string& alias : e.aliases) {
            std::string a2 = strip_possessive(alias);
            if (seen.insert(a2).second) d.aliases.push_back(a2);
        }
        for (Join& j : joins[&e - doc.entities.data()])
            if (std::find(d.aliases.begin(), d.aliases.end(), j.name) != d.aliases.end()) d.joined.push_back(std::move(j));
        for (Join& j : written[&e - doc.entities.data()])
            if (seen.insert(j.name).second) {
                d.aliases.push_back(j.name);
                d.joined.push_back(std::move(j));
            }
        out.entities.push_back(std::move(d));
    }

    // Sentence spans and evidence, computed once per sentence used.
    std::map<int, std::pair<Span, std::string>> sentence_info;
    auto info = [&](int s) -> const std::pair<Span, std::string>& {
        auto it = sentence_info.find(s);
        if (it != sentence_info.end()) return it->second;
        const Sentence& sent = doc.sentences[s];
        auto [b, e] = a.normalized.to_input(sent.begin, sent.end, article.text);
        return sentence_info.emplace(s, std::make_pair(Span{b, e}, evidence_text(article.text, b, e))).first->second;
    };
    auto make_statement = [&](int subj, Relation rel, std::string label, int obj, int s, std::uint8_t flags,
                              double confidence) {
        Statement st;
        st.subject = {doc.entities[subj].name, doc.entities[subj].type};
        st.object = {doc.entities[obj].name, doc.entities[obj].type};
        st.relation = rel;
        st.label = std::move(label);
        st.article = id;
        st.sentence = s;
        const auto& [span, evidence] = info(s);
        st.span = span;
        st.evidence = evidence;
        st.flags = flags;
        st.confidence = confidence;
        // The outlet the sentence cites, unless it takes part in the statement other than
        // as the one told ("X told the Courier").
        const int outlet = outlets.source_of(s);
        if (outlet >= 0 && ((outlet != subj && outlet != obj) || (rel == Relation::communicates && outlet == obj)))
            st.source = doc.entities[outlet].name;
        out.statements.push_back(std::move(st));
    };

    std::set<std::tuple<int, int, int>> related_pairs;  // sentence, entity, entity
    for (const RelationCandidate& c : relations) {
        if (!usable(c.subject) || !usable(c.object)) continue;
        std::uint8_t flags = statement_flags(doc, doc.sentences[c.sentence], c.first, c.last);
        if (c.scoped_flags >= 0) flags = static_cast<std::uint8_t>((flags & kAttributed) | c.scoped_flags);
        double conf = c.confidence;
        if (flags & kHedged) conf -= 0.2;
        if (flags & kNegated) conf -= 0.3;
        conf = std::clamp(conf, 0.05, 1.0);
        conf = static_cast<double>(static_cast<int>(conf * 100 + 0.5)) / 100;
        make_statement(c.subject, c.relation, c.label, c.object, c.sentence, flags, conf);
        related_pairs.emplace(c.sentence, std::min(c.subject, c.object), std::max(c.subject, c.object));
    }

    if (options.co_mentions) {
        // Each sentence's usable entities in mention order, from one pass over the mentions
        // (a pass per sentence was quadratic in the article's length).
        std::vector<std::vector<int>> in_sentence(doc.sentences.size());
        for (const Mention& m : doc.mentions) {
            if (m.sentence < 0 || m.sentence >= static_cast<int>(in_sentence.size()) || !usable(m.entity)) continue;
            std::vector<int>& seen = in_sentence[m.sentence];
            if (std::find(seen.begin(), seen.end(), m.entity) == seen.end()) seen.push_back(m.entity);
        }
        for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s) {
            const std::vector<int>& seen = in_sentence[s];
            for (std::size_t i = 0; i < seen.size(); ++i)
                for (std::size_t j = i + 1; j < seen.size(); ++j) {
                    int x = seen[i], y = seen[j];
                    if (related_pairs.count({s, std::min(x, y), std::max(x, y)})) continue;
                    make_statement(x, Relation::co_mention, "", y, s, 0, 0.3);
                }
        }
    }
    return out;
}

}  // namespace kg::extract
