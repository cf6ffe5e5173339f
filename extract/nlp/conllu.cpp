#include "extract/nlp/conllu.hpp"

#include <charconv>
#include <fstream>

#include "graph/errors.hpp"

namespace kg::nlp {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cols;
    std::size_t b = 0;
    for (;;) {
        std::size_t e = line.find('\t', b);
        cols.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + 1;
    }
    return cols;
}

bool parse_int(const std::string& s, int& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

enum class IdKind { Word, Range, Empty, Bad };

IdKind id_kind(const std::string& id, int& value) {
    if (id.find('-') != std::string::npos) return IdKind::Range;
    if (id.find('.') != std::string::npos) return IdKind::Empty;
    return parse_int(id, value) && value > 0 ? IdKind::Word : IdKind::Bad;
}

[[noreturn]] void bad(const std::string& name, std::size_t line, const std::string& why) {
    throw InputError(name + ":" + std::to_string(line) + ": " + why);
}

void finish(ConlluSentence& s, const std::string& name, bool require_trees, std::vector<ConlluSentence>& out) {
    if (s.lines.empty()) return;
    int n = static_cast<int>(s.words.size());
    for (const ConlluWord& w : s.words) {
        if (w.head > n) bad(name, w.line, "HEAD " + std::to_string(w.head) + " is past the sentence's last word");
        if (require_trees && w.head < 0) bad(name, w.line, "HEAD is '_' (training needs a tree)");
    }
    out.push_back(std::move(s));
    s = ConlluSentence{};
}

}  // namespace

std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name, bool require_trees) {
    std::vector<ConlluSentence> out;
    ConlluSentence cur;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (line.empty()) {
            finish(cur, name, require_trees, out);
            continue;
        }
        if (cur.lines.empty()) cur.first_line = number;
        cur.lines.push_back(line);
        if (line[0] == '#') continue;
        std::vector<std::string> cols = split_tabs(line);
        if (cols.size() != 10)
            bad(name, number, "expected 10 tab-separated columns, found " + std::to_string(cols.size()));
        int id = 0;
        switch (id_kind(cols[0], id)) {
            case IdKind::Range:
            case IdKind::Empty:
                continue;  // kept as read
            case IdKind::Bad:
                bad(name, number, "bad ID '" + cols[0] + "'");
            case IdKind::Word:
                break;
        }
        if (id != static_cast<int>(cur.words.size()) + 1)
            bad(name, number, "word ID " + cols[0] + " out of order (expected " +
                                  std::to_string(cur.words.size() + 1) + "; is a blank line missing?)");
        if (cols[1].empty()) bad(name, number, "empty FORM");
        ConlluWord w;
        w.form = cols[1];
        w.lemma = cols[2];
        w.upos = cols[3];
        w.xpos = cols[4];
        w.feats = cols[5];
        if (cols[6] != "_" && !cols[6].empty()) {
            if (!parse_int(cols[6], w.head) || w.head < 0) bad(name, number, "bad HEAD '" + cols[6] + "'");
        }
        w.deprel = cols[7];
        w.deps = cols[8];
        w.misc = cols[9];
        w.line = number;
        cur.word_line.push_back(cur.lines.size() - 1);
        cur.words.push_back(std::move(w));
    }
    finish(cur, name, require_trees, out);
    return out;
}

std::vector<ConlluSentence> read_conllu_file(const std::string& path, bool require_trees) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open");
    return read_conllu(in, path, require_trees);
}

void write_conllu(const ConlluSentence& s, std::ostream& out) {
    std::size_t next_word = 0;
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        if (next_word < s.word_line.size() && s.word_line[next_word] == i) {
            const ConlluWord& w = s.words[next_word];
            auto col = [](const std::string& v) -> const std::string& {
                static const std::string blank = "_";
                return v.empty() ? blank : v;
            };
            out << (next_word + 1) << '\t' << w.form << '\t' << col(w.lemma) << '\t' << col(w.upos) << '\t'
                << col(w.xpos) << '\t' << col(w.feats) << '\t';
            if (w.head < 0) out << '_';
            else out << w.head;
            out << '\t' << col(w.deprel) << '\t' << col(w.deps) << '\t' << col(w.misc) << '\n';
            ++next_word;
        } else {
            out << s.lines[i] << '\n';
        }
    }
    out << '\n';
}

std::string universal_relation(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace kg::nlp
