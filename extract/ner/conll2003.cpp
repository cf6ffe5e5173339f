#include "extract/ner/conll2003.hpp"

#include <fstream>
#include <istream>
#include <ostream>

#include "extract/ner/tags.hpp"
#include "graph/errors.hpp"

namespace kg::nlp {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

void split_columns(std::string_view line, std::vector<std::string_view>& cols) {
    cols.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && is_space(line[i])) ++i;
        std::size_t start = i;
        while (i < line.size() && !is_space(line[i])) ++i;
        if (i > start) cols.push_back(line.substr(start, i - start));
    }
}

[[noreturn]] void fail(const std::string& name, std::size_t line, const std::string& why) {
    throw InputError(name + ":" + std::to_string(line) + ": " + why);
}

}  // namespace

ConllFile read_conll2003(std::istream& in, const std::string& name) {
    ConllFile file;
    file.name = name;
    std::string line;
    std::vector<std::string_view> cols;
    std::size_t line_no = 0;
    int tagged = -1;  // whether words carry a tag column: decided by the first word
    ConllSentence sentence;
    auto end_sentence = [&] {
        if (sentence.words.empty()) return;
        if (file.documents.empty()) file.documents.emplace_back();
        file.documents.back().sentences.push_back(std::move(sentence));
        sentence = ConllSentence{};
    };
    while (std::getline(in, line)) {
        ++line_no;
        split_columns(line, cols);
        if (cols.empty()) {
            end_sentence();
            continue;
        }
        if (cols[0] == "-DOCSTART-") {
            end_sentence();
            file.documents.emplace_back().docstart = true;
            continue;
        }
        bool has_tag = cols.size() > 1;
        if (tagged < 0) tagged = has_tag ? 1 : 0;
        if (has_tag != (tagged == 1))
            fail(name, line_no, has_tag ? "a tag column where the file's first word had none"
                                        : "a word without the tag column the file's first word had");
        sentence.words.emplace_back(cols[0]);
        if (has_tag) sentence.tags.emplace_back(cols.back());
        sentence.lines.push_back(line_no);
    }
    if (in.bad()) throw InputError(name + ": read error");
    end_sentence();
    return file;
}

ConllFile read_conll2003_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open the file");
    return read_conll2003(in, path);
}

std::vector<EntitySpan> gold_spans(const ConllDocument& doc, const std::string& file_name) {
    std::vector<EntitySpan> out;
    std::vector<ner::Chunk> chunks;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const ConllSentence& sent = doc.sentences[s];
        if (sent.tags.empty()) continue;
        chunks.clear();
        std::size_t bad = 0;
        if (!ner::chunks_of_iob(sent.tags, chunks, bad))
            fail(file_name, sent.lines[bad], "'" + sent.tags[bad] + "' is not an entity tag (O, B-KIND or I-KIND with KIND PER, ORG, LOC or MISC)");
        for (const auto& c : chunks) out.push_back({static_cast<std::uint32_t>(s), c.first, c.last, c.kind});
    }
    return out;
}

void write_conll2003(std::ostream& out, const ConllFile& file, std::span<const std::vector<EntitySpan>> spans) {
    std::vector<ner::Chunk> chunks;
    for (std::size_t d = 0; d < file.documents.size(); ++d) {
        const ConllDocument& doc = file.documents[d];
        if (doc.docstart) out << "-DOCSTART- O\n\n";
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const ConllSentence& sent = doc.sentences[s];
            chunks.clear();
            if (d < spans.size())
                for (const EntitySpan& e : spans[d])
                    if (e.sentence == s) chunks.push_back({e.first, e.last, e.kind});
            auto tags = ner::iob2_of(sent.words.size(), chunks);
            for (std::size_t i = 0; i < sent.words.size(); ++i) out << sent.words[i] << ' ' << tags[i] << '\n';
            out << '\n';
        }
    }
}

std::vector<std::vector<std::string_view>> word_views(const ConllDocument& doc) {
    std::vector<std::vector<std::string_view>> out;
    out.reserve(doc.sentences.size());
    for (const auto& s : doc.sentences) out.emplace_back(s.words.begin(), s.words.end());
    return out;
}

}  // namespace kg::nlp
