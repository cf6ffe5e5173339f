// Small graphs for the writer and reader tests.
#pragma once

#include "graph/build.hpp"

namespace kg::testing {

// Names that break naive writers: quotes, ampersands, angle brackets, backslashes, Graphviz
// escapes, newlines, control characters, Cyrillic and emoji.
inline const std::vector<std::string>& nasty_names() {
    static const std::vector<std::string> names = {
        "Michael \"Mike\" Fletton",      "AT&T <Legal & Policy>",
        "Dept. \\ Office (C:\\OLC\\N)",   "Line one\nline two",
        "Bell\x07 and \x1b" "escape",     "Серафим Кивелко",
        "Morvask 🏙️ (Морваск)",          "O'Dorrell & Sons' <b>bold</b>",
        "node",                           "Graph",
        "100% \"quoted\" \\\" tricky",    "tab\there"};
    return names;
}

inline Statement make_statement(const std::string& s, NodeType st, Relation r, const std::string& o,
                                 NodeType ot, const std::string& label, const std::string& evidence,
                                 int sentence = 1) {
    Statement x;
    x.subject = {s, st};
    x.object = {o, ot};
    x.relation = r;
    x.label = label;
    x.article = "a1";
    x.sentence = sentence;
    x.span = Span{10, 20};
    x.evidence = evidence;
    x.confidence = 0.75;
    return x;
}

// A chain through every nasty name, alternating relation types, with one hedged edge and
// one symmetric edge.
inline KnowledgeGraph nasty_graph() {
    StatementSet in;
    in.articles.push_back({"a1", "A <title> & more", "2017-07-08", "https://example.org/?a=1&b=<2>", ""});
    const auto& names = nasty_names();
    for (std::size_t i = 0; i + 1 < names.size(); ++i) {
        auto st = make_statement(names[i], i % 2 ? NodeType::Organization : NodeType::Person,
                                 i % 3 ? Relation::meets : Relation::role, names[i + 1],
                                 (i + 1) % 2 ? NodeType::Organization : NodeType::Person,
                                 "label of " + names[i], "He said: \"" + names[i] + "\" & left <quickly>.",
                                 static_cast<int>(i));
        if (i == 2) st.flags = kHedged | kAttributed;
        in.statements.push_back(st);
    }
    return build_graph(in);
}

}  // namespace kg::testing
