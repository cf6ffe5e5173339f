#include "extract/ner/tags.hpp"

namespace kg::nlp {

std::string_view kind_name(EntityKind k) {
    switch (k) {
        case EntityKind::PER: return "PER";
        case EntityKind::ORG: return "ORG";
        case EntityKind::LOC: return "LOC";
        case EntityKind::MISC: return "MISC";
    }
    return "?";
}

bool parse_kind(std::string_view name, EntityKind& out) {
    for (int k = 0; k < kEntityKinds; ++k)
        if (kind_name(static_cast<EntityKind>(k)) == name) {
            out = static_cast<EntityKind>(k);
            return true;
        }
    return false;
}

}  // namespace kg::nlp

namespace kg::nlp::ner {

std::string label_name(int label) {
    if (label == 0) return "O";
    static constexpr const char* kParts[] = {"O", "B", "I", "L", "U"};
    return std::string(kParts[static_cast<int>(part_of(label))]) + "-" + std::string(kind_name(kind_of(label)));
}

bool label_allowed(int prev, int label, bool last) {
    Part p = label == 0 ? Part::O : part_of(label);
    bool open = prev > 0 && (part_of(prev) == Part::B || part_of(prev) == Part::I);
    if (open) {
        if (p != Part::I && p != Part::L) return false;
        if (kind_of(label) != kind_of(prev)) return false;
    } else if (p == Part::I || p == Part::L) {
        return false;
    }
    if (last && (p == Part::B || p == Part::I)) return false;
    return true;
}

namespace {

// Splits "B-PER" into its prefix and kind; false when it is not an entity tag.
bool split_tag(std::string_view tag, char& prefix, EntityKind& kind) {
    if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return false;
    prefix = tag[0];
    return parse_kind(tag.substr(2), kind);
}

}  // namespace

bool chunks_of_iob(std::span<const std::string> tags, std::vector<Chunk>& out, std::size_t& bad) {
    bool open = false;
    Chunk cur{0, 0, EntityKind::PER};
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const std::string& t = tags[i];
        if (t == "O") {
            if (open) out.push_back({cur.first, static_cast<std::uint32_t>(i), cur.kind});
            open = false;
            continue;
        }
        char prefix;
        EntityKind kind;
        if (!split_tag(t, prefix, kind)) {
            bad = i;
            return false;
        }
        if (open && prefix == 'I' && kind == cur.kind) continue;
        if (open) out.push_back({cur.first, static_cast<std::uint32_t>(i), cur.kind});
        cur = {static_cast<std::uint32_t>(i), 0, kind};
        open = true;
    }
    if (open) out.push_back({cur.first, static_cast<std::uint32_t>(tags.size()), cur.kind});
    return true;
}

std::vector<std::string> iob2_of(std::size_t n, std::span<const Chunk> chunks) {
    std::vector<std::string> tags(n, "O");
    for (const Chunk& c : chunks)
        for (std::uint32_t i = c.first; i < c.last && i < n; ++i)
            tags[i] = std::string(i == c.first ? "B-" : "I-") + std::string(kind_name(c.kind));
    return tags;
}

std::vector<std::string> iob1_of(std::size_t n, std::span<const Chunk> chunks) {
    std::vector<std::string> tags(n, "O");
    for (std::size_t j = 0; j < chunks.size(); ++j) {
        const Chunk& c = chunks[j];
        bool touches = j > 0 && chunks[j - 1].last == c.first && chunks[j - 1].kind == c.kind;
        for (std::uint32_t i = c.first; i < c.last && i < n; ++i)
            tags[i] = std::string(i == c.first && touches ? "B-" : "I-") + std::string(kind_name(c.kind));
    }
    return tags;
}

void bilou_of(std::size_t n, std::span<const Chunk> chunks, std::vector<int>& labels) {
    labels.assign(n, 0);
    for (const Chunk& c : chunks) {
        if (c.last == c.first + 1) {
            labels[c.first] = label_of(Part::U, c.kind);
            continue;
        }
        labels[c.first] = label_of(Part::B, c.kind);
        for (std::uint32_t i = c.first + 1; i + 1 < c.last; ++i) labels[i] = label_of(Part::I, c.kind);
        labels[c.last - 1] = label_of(Part::L, c.kind);
    }
}

void chunks_of_bilou(std::span<const int> labels, std::vector<Chunk>& out) {
    bool open = false;
    Chunk cur{0, 0, EntityKind::PER};
    auto close = [&](std::size_t end) {
        if (open) out.push_back({cur.first, static_cast<std::uint32_t>(end), cur.kind});
        open = false;
    };
    for (std::size_t i = 0; i < labels.size(); ++i) {
        int l = labels[i];
        if (l == 0) {
            close(i);
            continue;
        }
        Part p = part_of(l);
        EntityKind k = kind_of(l);
        bool continues = open && k == cur.kind && (p == Part::I || p == Part::L);
        if (!continues) {
            close(i);
            cur = {static_cast<std::uint32_t>(i), 0, k};
            open = true;
        }
        if (p == Part::L || p == Part::U) close(i + 1);
    }
    close(labels.size());
}

}  // namespace kg::nlp::ner
