#include "extract/annotate.hpp"

#include "extract/article_pipeline.hpp"
#include "extract/core/annotator.hpp"
#include "extract/ner/conll2003.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/treebank_words.hpp"

namespace kg::extract {
namespace {

// MISC with NER=<tag>: an earlier NER= item is replaced, other items are kept.
std::string misc_with_entity(const std::string& misc, const std::string& tag) {
    std::string out;
    if (misc != "_" && !misc.empty()) {
        std::size_t b = 0;
        while (b <= misc.size()) {
            std::size_t e = misc.find('|', b);
            if (e == std::string::npos) e = misc.size();
            std::string_view item(misc.data() + b, e - b);
            if (!item.empty() && item.substr(0, 4) != "NER=") {
                if (!out.empty()) out += '|';
                out += item;
            }
            b = e + 1;
        }
    }
    if (!out.empty()) out += '|';
    return out + "NER=" + tag;
}

// Writes the analysis of sentence s into the words of a CoNLL-U sentence.
void fill_words(const nlp::DocumentAnalysis& doc, std::size_t s, const nlp::Models& models,
                nlp::ConlluSentence& sentence, std::vector<std::string>& tags) {
    const nlp::SentenceAnalysis& a = doc.sentences[s];
    nlp::iob2_tags(doc, s, tags);
    for (std::size_t w = 0; w < sentence.words.size(); ++w) {
        nlp::ConlluWord& word = sentence.words[w];
        word.upos = a.upos[w];
        word.xpos = a.xpos[w];
        word.head = a.parse.head[w];
        word.deprel = models.parser.label_name(a.parse.label[w]);
        word.misc = misc_with_entity(word.misc, tags[w]);
    }
}

// One document of CoNLL-U sentences through the core and out.
void annotate_document(std::vector<nlp::ConlluSentence>& doc_sentences, nlp::Annotator& annotator,
                       nlp::DocumentAnalysis& analysis, const nlp::Models& models, std::ostream& out) {
    std::vector<std::vector<std::string_view>> words(doc_sentences.size());
    for (std::size_t s = 0; s < doc_sentences.size(); ++s)
        for (const nlp::ConlluWord& w : doc_sentences[s].words) words[s].push_back(w.form);
    annotator.annotate(words, analysis);
    std::vector<std::string> tags;
    for (std::size_t s = 0; s < doc_sentences.size(); ++s) {
        fill_words(analysis, s, models, doc_sentences[s], tags);
        nlp::write_conllu(doc_sentences[s], out);
    }
}

bool starts_document(const nlp::ConlluSentence& s) {
    for (const std::string& line : s.lines)
        if (line.rfind("# newdoc", 0) == 0) return true;
    return false;
}

}  // namespace

void annotate_conllu(std::istream& in, const std::string& name, const nlp::Models& models, std::ostream& out) {
    std::vector<nlp::ConlluSentence> sentences = nlp::read_conllu(in, name);
    nlp::Annotator annotator(models);
    nlp::DocumentAnalysis analysis;
    // Documents ("# newdoc") give the entity recogniser its context.
    std::vector<nlp::ConlluSentence> doc;
    for (nlp::ConlluSentence& s : sentences) {
        if (starts_document(s) && !doc.empty()) {
            annotate_document(doc, annotator, analysis, models, out);
            doc.clear();
        }
        doc.push_back(std::move(s));
    }
    if (!doc.empty()) annotate_document(doc, annotator, analysis, models, out);
}

void annotate_conll2003(std::istream& in, const std::string& name, const nlp::Models& models, std::ostream& out) {
    nlp::ConllFile file = nlp::read_conll2003(in, name);
    std::vector<std::vector<nlp::EntitySpan>> spans(file.documents.size());
    for (std::size_t d = 0; d < file.documents.size(); ++d)
        models.recognizer.recognize(nlp::word_views(file.documents[d]), &models.clusters, spans[d]);
    nlp::write_conll2003(out, file, spans);
}

std::size_t annotate_text(std::string_view text, const nlp::Models& models, std::ostream& out) {
    const Lexicon lexicon;
    AnalysedArticle article;
    analyse_tokens(text, lexicon, article);
    const Document& doc = article.doc;
    TreebankWords words;
    treebank_words(doc, words);
    nlp::Annotator annotator(models);
    nlp::DocumentAnalysis analysis;
    annotator.annotate(words.sentences, analysis);
    std::vector<std::string> tags;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const auto& ws = words.sentences[s];
        if (ws.empty()) continue;
        nlp::ConlluSentence sentence;
        sentence.lines.push_back("# sent_id = " + std::to_string(s + 1));
        sentence.lines.push_back("# text = " + std::string(doc.text.substr(doc.sentences[s].begin,
                                                                           doc.sentences[s].end - doc.sentences[s].begin)));
        for (std::size_t w = 0; w < ws.size(); ++w) {
            nlp::ConlluWord word;
            word.form = std::string(ws[w]);
            // SpaceAfter=No where the next word starts right where this one ends.
            const char* end = ws[w].data() + ws[w].size();
            bool glued = w + 1 < ws.size() && ws[w + 1].data() == end;
            word.misc = glued ? "SpaceAfter=No" : "_";
            sentence.word_line.push_back(sentence.lines.size());
            sentence.lines.emplace_back();
            sentence.words.push_back(std::move(word));
        }
        fill_words(analysis, s, models, sentence, tags);
        nlp::write_conllu(sentence, out);
    }
    return article.normalized.invalid.size();
}

}  // namespace kg::extract
