// What the pipeline stages know about one article: its normalised text, tokens, sentences,
// mentions and entities. Each stage fills in one part; all offsets refer to `text`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.hpp"
#include "graph/types.hpp"

namespace kg::extract {

namespace shape {
enum : std::uint16_t {
    kCap = 1,            // first letter upper case ("Okafor", "US-China")
    kAllCaps = 2,        // two or more letters, all upper case ("BBC")
    kLower = 4,          // starts with a lower-case letter
    kDigit = 8,          // starts with a digit
    kPunct = 16,         // punctuation
    kPossessive = 32,    // "'s" or a bare "'" after a plural ("Jennings'")
    kHyphen = 64,        // contains a hyphen inside
    kQuote = 128,        // '"' or '`'
    kDash = 256,         // "--"
    kPrefix = 512,       // "then-", "ex-": a lower-case prefix split off a capitalised word
    kSentenceStart = 1024,
};
}  // namespace shape

struct Token {
    std::uint32_t begin = 0, end = 0;  // in the normalised text
    std::uint16_t shape = 0;
    // lex->flags (0 without lex), copied by the tokenizer: the patterns test the flags of
    // every token, and the record itself is a cache miss away in the large lexicon table.
    std::uint32_t lex_flags = 0;
    const LexRecord* lex = nullptr;    // the lower-case form in the lexicon, if any

    std::uint32_t flags() const { return lex_flags; }
    bool is(std::uint16_t s) const { return (shape & s) != 0; }
    bool has(std::uint32_t f) const { return (flags() & f) != 0; }
};

struct Sentence {
    std::uint32_t begin = 0, end = 0;              // in the normalised text
    std::uint32_t first_token = 0, last_token = 0;  // [first, last) in Document::tokens
    bool headline = false;  // a line without a full stop (title, subheading)
    bool all_caps = false;  // a shouted headline: names cannot be told by capitals
};

enum class MentionKind : std::uint8_t {
    Name,         // "Paul Okafor", "BBC"
    Demonym,      // "German" -> Germany
    Pronoun,      // he, his, she
    Description,  // "the ambassador", "The 66-year-old"
};

enum Gender : std::uint8_t { kUnknownGender = 0, kMaleGender = 1, kFemaleGender = 2 };

struct Mention {
    std::uint32_t first = 0, last = 0;  // tokens [first, last)
    int sentence = 0;
    NodeType type = NodeType::Other;
    MentionKind kind = MentionKind::Name;
    std::string name;     // canonical name ("Germany" for "German")
    std::string surface;  // the words as written, without a possessive
    bool possessive = false;
    std::uint8_t gender = kUnknownGender;
    // A title written before the name ("Polish Foreign Ministry spokeswoman"), as tokens
    // [title_first, title_last) and its lower-case label; title_owner is the mention the title
    // belongs to (the ministry), -1 if none.
    std::int32_t title_first = -1, title_last = -1;
    std::string title;
    int title_owner = -1;
    std::int32_t owner_first = -1, owner_last = -1;  // the owner's tokens, while mentions change
    int entity = -1;  // filled by coreference
};

// A name the trained entity recogniser found, on kgraph's tokens: the mention rules type
// with it and add what they missed.
struct RecognisedName {
    std::uint32_t first = 0, last = 0;  // tokens [first, last)
    int sentence = 0;
    NodeType type = NodeType::Other;  // Person, Organization, Place; Other for MISC
};

// The dependency parse on kgraph's tokens (when the NLP core ran). A token cut into several
// treebank words ("didn't" -> "did" "n't") takes the arc of its word whose head lies outside
// the token.
struct TokenArc {
    std::int32_t head = -1;    // the head's token index, -1 for the root of the sentence
    std::string_view deprel;   // UD relation with subtype ("nsubj:pass"); views the parser model
    std::string_view upos;     // of the token's head word; views the tagger model
    bool negated = false;      // the token holds a "not" of its own ("didn't", "cannot")
};

struct Entity {
    std::string name;
    std::string key;  // name_key(name), kept with it
    NodeType type = NodeType::Other;
    std::vector<std::string> aliases;  // surface forms, in order of appearance
    std::uint8_t gender = kUnknownGender;
    std::vector<std::string> titles;   // titles seen with the entity ("ambassador")
    int mentions = 0;
    bool named = false;  // at least one mention by name (pronoun-only entities are dropped)
};

struct Document {
    std::string_view text;  // normalised
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<RecognisedName> recognised;  // from the NLP core, in text order (may be empty)
    std::vector<TokenArc> arcs;              // one per token, empty without the NLP core
    std::vector<Mention> mentions;      // in text order
    std::vector<int> mention_of_token;  // token -> mention covering it, -1 if none
    std::vector<Entity> entities;

    // Empties the document but keeps its memory for the next article (a new member must be
    // reset here too).
    void clear() {
        text = {};
        tokens.clear();
        sentences.clear();
        recognised.clear();
        arcs.clear();
        mentions.clear();
        mention_of_token.clear();
        entities.clear();
    }

    std::string_view token_text(std::size_t i) const {
        return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    }
    // The text from token `first` to token `last` (exclusive), as written.
    std::string_view span_text(std::size_t first, std::size_t last) const {
        if (first >= last) return {};
        return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
    }
};

}  // namespace kg::extract
