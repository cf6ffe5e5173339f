#include "extract/treebank_words.hpp"

namespace kg::extract {
namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool ends_with_any_case(std::string_view w, std::string_view suffix) {
    if (w.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (lower_ascii(w[w.size() - suffix.size() + i]) != suffix[i]) return false;
    return true;
}

bool equals_any_case(std::string_view w, std::string_view lower) {
    return w.size() == lower.size() && ends_with_any_case(w, lower);
}

}  // namespace

void split_contraction(std::string_view w, std::vector<std::string_view>& out) {
    // "n't" after at least two letters ("didn't", "can't" -> "ca" + "n't" as the treebanks do).
    if (w.size() >= 5 && ends_with_any_case(w, "n't")) {
        out.push_back(w.substr(0, w.size() - 3));
        out.push_back(w.substr(w.size() - 3));
        return;
    }
    for (std::string_view clitic : {"'ll", "'re", "'ve", "'m", "'d"}) {
        if (w.size() > clitic.size() && ends_with_any_case(w, clitic)) {
            out.push_back(w.substr(0, w.size() - clitic.size()));
            out.push_back(w.substr(w.size() - clitic.size()));
            return;
        }
    }
    if (equals_any_case(w, "cannot")) {
        out.push_back(w.substr(0, 3));
        out.push_back(w.substr(3));
        return;
    }
    out.push_back(w);
}

void treebank_words(const Document& doc, TreebankWords& out) {
    std::size_t n = doc.sentences.size();
    out.sentences.resize(n);
    out.token_of_word.resize(n);
    out.first_word_of_token.resize(n);
    for (std::size_t s = 0; s < n; ++s) {
        const Sentence& sent = doc.sentences[s];
        auto& words = out.sentences[s];
        auto& origin = out.token_of_word[s];
        auto& first = out.first_word_of_token[s];
        words.clear();
        origin.clear();
        first.clear();
        for (std::uint32_t t = sent.first_token; t < sent.last_token; ++t) {
            first.push_back(static_cast<std::uint32_t>(words.size()));
            split_contraction(doc.token_text(t), words);
            origin.resize(words.size(), t);
        }
    }
}

}  // namespace kg::extract
