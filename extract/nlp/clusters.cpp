#include "extract/nlp/clusters.hpp"

#include <algorithm>
#include <bit>

#include "extract/nlp/features.hpp"
#include "extract/nlp/model_file.hpp"

namespace kg::nlp {
namespace {

constexpr std::string_view kKind = "clusters";
constexpr std::uint32_t kVersion = 1;
constexpr int kMaxBits = 32;

// hash_text's function (FNV-1a, then mixed), optionally over the ASCII-lower-cased bytes, so
// the lower-case fallback needs no buffer at all.
template <bool Lower>
std::uint64_t hash_word(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) {
        auto b = static_cast<unsigned char>(c);
        if constexpr (Lower) b = (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b + 32) : b;
        h ^= b;
        h *= 1099511628211ull;
    }
    h = mix64(h);
    return h ? h : 1;  // 0 marks an empty slot
}

bool has_upper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

WordClusters WordClusters::from_paths(const std::vector<std::string>& words, const std::vector<ClusterPath>& paths) {
    WordClusters c;
    std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, words.size() * 2));
    c.slots_.assign(capacity, Slot{});
    c.mask_ = capacity - 1;
    for (std::size_t i = 0; i < words.size() && i < paths.size(); ++i) c.insert(words[i], paths[i]);
    return c;
}

void WordClusters::insert(std::string_view word, ClusterPath p) {
    std::uint64_t h = hash_word<false>(word);
    for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
        if (slots_[i].hash == h) return;  // listed twice: the first path stays
        if (slots_[i].hash == 0) {
            slots_[i] = Slot{h, p.bits, p.length};
            ++words_;
            return;
        }
    }
}

ClusterPath WordClusters::find(std::uint64_t hash) const {
    if (slots_.empty()) return {};
    for (std::uint64_t i = hash & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.hash == hash) return {s.bits, s.length};
        if (s.hash == 0) return {};
    }
}

ClusterPath WordClusters::path(std::string_view word) const {
    ClusterPath p = find(hash_word<false>(word));
    if (p.length == 0 && has_upper(word)) p = find(hash_word<true>(word));
    return p;
}

WordClusters WordClusters::load(const std::string& path) {
    ModelReader in(path, kKind, kVersion);
    in.get_string();  // what it was trained on: for people reading the file
    auto words = in.get_strings();
    auto bits = in.get_vector<std::uint32_t>();
    auto lengths = in.get_vector<std::uint8_t>();
    in.expect_end();
    if (bits.size() != words.size() || lengths.size() != words.size())
        in.fail("corrupt clusters model (word and path counts differ)");
    std::vector<ClusterPath> paths(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (lengths[i] == 0 || lengths[i] > kMaxBits || (lengths[i] < 32 && (bits[i] >> lengths[i]) != 0))
            in.fail("corrupt clusters model (bad path for '" + words[i] + "')");
        paths[i] = {bits[i], lengths[i]};
    }
    return from_paths(words, paths);
}

void save_clusters(const std::string& path, const std::vector<std::string>& words,
                   const std::vector<ClusterPath>& paths, const std::string& about) {
    ModelWriter out;
    out.put_string(about);
    out.put_strings(words);
    std::vector<std::uint32_t> bits;
    std::vector<std::uint8_t> lengths;
    for (const auto& p : paths) {
        bits.push_back(p.bits);
        lengths.push_back(p.length);
    }
    out.put_vector<std::uint32_t>(bits);
    out.put_vector<std::uint8_t>(lengths);
    out.save(path, kKind, kVersion);
}

std::uint64_t cluster_prefix(ClusterPath p, int length) {
    if (p.length == 0) return 0;
    int wanted = std::clamp(length, 0, kMaxBits);
    int used = std::min<int>(wanted, p.length);
    std::uint64_t prefix = used == 0 ? 0 : (std::uint64_t{p.bits} >> (p.length - used));
    // Bit 48 keeps every known word's id non-zero; the requested length keeps prefixes of
    // different lengths apart even when the path is shorter than both.
    return (std::uint64_t{1} << 48) | (static_cast<std::uint64_t>(wanted) << 40) |
           (static_cast<std::uint64_t>(used) << 32) | prefix;
}

std::string path_string(ClusterPath p) {
    std::string s;
    for (int i = p.length - 1; i >= 0; --i) s += ((p.bits >> i) & 1u) ? '1' : '0';
    return s;
}

}  // namespace kg::nlp
