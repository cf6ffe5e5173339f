#include "graph/explain_names.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "graph/name_lookup.hpp"
#include "graph/names.hpp"

namespace kg {
namespace {

struct RuleText {
    std::string_view rule;
    std::string_view text;
};

constexpr RuleText kRuleTexts[] = {
    {join_rule::kSurname, "surname of a person named in full in the same article"},
    {join_rule::kGivenName, "given name of the only person so named in full in the same article"},
    {join_rule::kAcronym, "acronym spelling the initials of the name, in the same article"},
    {join_rule::kDemonym, "demonym of the place"},
    {join_rule::kShortForm, "shorter form of a name given in full in the same article"},
    {join_rule::kWithState, "the town written with its state or province after a comma"},
    {join_rule::kHonorific, "the name written with an honorific before it (Mrs., Dr., Rev.)"},
    {join_rule::kSameName, "the same name and type (case, accents, punctuation aside)"},
    {join_rule::kLegalForm, "the same name but for a legal form (Corp, Inc, Ltd...)"},
    {join_rule::kAlias, "an alias declared for the entity"},
    {join_rule::kMiddleInitial, "the same person's name but for a middle initial"},
    {join_rule::kUniqueAcronym, "an acronym spelling the initials of this entity's name and of no other's"},
    {join_rule::kUniqueSurname, "a lone surname that only this person carries among the persons named"},
    {join_rule::kUniqueShortForm, "a short name (one word, an acronym) that only this entity was called by"},
    {join_rule::kUsualShortForm,
     "a short name the articles declare for this entity at least ten times as often as for all others"},
};

void print_evidence(std::ostream& out, const Join& j) {
    if (j.article.empty()) return;
    out << "      evidence: article " << j.article;
    if (j.sentence) out << ", sentence " << *j.sentence;
    if (!j.evidence.empty()) out << ": \"" << j.evidence << "\"";
    out << "\n";
}

}  // namespace

std::string_view describe_join_rule(std::string_view rule) {
    for (const RuleText& r : kRuleTexts)
        if (r.rule == rule) return r.text;
    return rule;
}

void explain_names(std::ostream& out, const KnowledgeGraph& kg, std::string_view name) {
    const Vertex v = require_name(kg, name);
    const NodeProps& n = kg.g[v];
    out << n.label << " (" << to_string(n.type) << ", id " << n.id << "): " << n.mentions
        << (n.mentions == 1 ? " mention" : " mentions") << " in " << n.articles
        << (n.articles == 1 ? " article" : " articles") << ", " << 1 + n.aliases.size()
        << (n.aliases.empty() ? " name" : " names") << "\n";

    // The names: the label, then the aliases; each with the records that name it.
    std::vector<std::string> names{n.label};
    names.insert(names.end(), n.aliases.begin(), n.aliases.end());
    std::map<std::string, std::vector<const Join*>> by_name;
    for (const Join& j : n.joined) by_name[j.name].push_back(&j);
    for (const std::string& each : names) {
        out << "  " << each << "\n";
        auto it = by_name.find(each);
        if (it == by_name.end()) {
            out << (each == n.label ? "    the node's name\n"
                                    : "    no merge record (saved before records were kept, or none given)\n");
            continue;
        }
        for (const Join* j : it->second) {
            out << "    " << j->rule << ": " << describe_join_rule(j->rule);
            if (!j->with.empty()) out << "; joined to " << j->with;
            out << "\n";
            print_evidence(out, *j);
        }
        by_name.erase(it);
    }
    // Records of names the node no longer lists (a foreign file's own records).
    for (const auto& [other, joins] : by_name)
        for (const Join* j : joins) {
            out << "  " << other << " (not among the node's names)\n    " << j->rule << ": "
                << describe_join_rule(j->rule) << "\n";
            print_evidence(out, *j);
        }
}

}  // namespace kg
