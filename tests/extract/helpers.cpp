#include "helpers.hpp"

#include <algorithm>

#include "extract/core/annotator.hpp"

namespace kg::extract::test {

const nlp::Models& shipped_models() {
    static const nlp::Models m = nlp::Models::load(KGRAPH_MODELS_DIR);  // test-only cache
    return m;
}

StatementSet run_with_core(const std::string& text) {
    ArticleText a;
    a.meta.id = "t";
    a.text = text;
    a.origin = "t.txt";
    nlp::Annotator core(shipped_models());
    std::vector<std::string> warnings;
    return extract_article(a, lexicon(), ExtractOptions{}, warnings, nullptr, nullptr, &core);
}

const Lexicon& lexicon() {
    static const Lexicon lex;  // test-only cache
    return lex;
}

StatementSet run(const std::string& text, bool co_mentions) {
    ArticleText a;
    a.meta.id = "t";
    a.text = text;
    a.origin = "t.txt";
    ExtractOptions o;
    o.co_mentions = co_mentions;
    std::vector<std::string> warnings;
    return extract_article(a, lexicon(), o, warnings);
}

const Statement* find(const StatementSet& s, const std::string& subject, Relation relation,
                      const std::string& object) {
    for (const Statement& st : s.statements)
        if (st.subject.name == subject && st.relation == relation && st.object.name == object) return &st;
    return nullptr;
}

bool has(const StatementSet& s, const std::string& subject, Relation relation, const std::string& object) {
    return find(s, subject, relation, object) != nullptr;
}

bool linked(const StatementSet& s, const std::string& a, const std::string& b) {
    return std::any_of(s.statements.begin(), s.statements.end(), [&](const Statement& st) {
        return (st.subject.name == a && st.object.name == b) || (st.subject.name == b && st.object.name == a);
    });
}

const EntityDecl* entity(const StatementSet& s, const std::string& name) {
    for (const EntityDecl& e : s.entities)
        if (e.name == name) return &e;
    return nullptr;
}

bool has_entity(const StatementSet& s, const std::string& name, NodeType type) {
    const EntityDecl* e = entity(s, name);
    return e && e->type == type;
}

bool has_alias(const StatementSet& s, const std::string& name, const std::string& alias) {
    const EntityDecl* e = entity(s, name);
    return e && std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end();
}

std::unique_ptr<AnalysedArticle> analysed(const std::string& text, bool title_line) {
    auto a = std::make_unique<AnalysedArticle>();
    analyse(text, lexicon(), *a, title_line);
    return a;
}

std::string mentions_of(const AnalysedArticle& a) {
    std::string out;
    for (const Mention& m : a.doc.mentions) {
        if (m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description) continue;
        out += "[" + std::string(a.doc.span_text(m.first, m.last)) + ":" + std::string(to_string(m.type)) + "]";
    }
    return out;
}

}  // namespace kg::extract::test
