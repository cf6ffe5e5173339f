#include "extract/nlp/model_file.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace kg::nlp {
namespace {

constexpr std::array<char, 8> kMagic = {'K', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
constexpr std::size_t kKindBytes = 16;
constexpr std::size_t kHeaderBytes = kMagic.size() + kKindBytes + sizeof(std::uint32_t) + sizeof(std::uint64_t);

template <class T>
void append(std::string& out, const T& v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

template <class T>
T read_at(const std::vector<char>& bytes, std::size_t at) {
    T v;
    std::memcpy(&v, bytes.data() + at, sizeof(T));
    return v;
}

}  // namespace

std::uint64_t fnv1a64(std::span<const char> bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

void ModelWriter::put_string(std::string_view s) {
    put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    bytes_.insert(bytes_.end(), s.begin(), s.end());
}

void ModelWriter::put_strings(const std::vector<std::string>& values) {
    put<std::uint64_t>(values.size());
    for (const auto& s : values) put_string(s);
}

void ModelWriter::save(const std::string& path, std::string_view kind, std::uint32_t version) const {
    if (kind.size() > kKindBytes) throw ModelError("model kind '" + std::string(kind) + "' is too long");
    std::string header(kMagic.begin(), kMagic.end());
    std::string k(kind);
    k.resize(kKindBytes, '\0');
    header += k;
    append(header, version);
    append(header, static_cast<std::uint64_t>(bytes_.size()));
    std::uint64_t sum = fnv1a64(bytes_);

    std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw ModelError(path + ": cannot write the model file");
        out.write(header.data(), static_cast<std::streamsize>(header.size()));
        out.write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
        out.write(reinterpret_cast<const char*>(&sum), sizeof sum);
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw ModelError(path + ": cannot write the model file (disk full?)");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw ModelError(path + ": cannot write the model file: " + ec.message());
    }
}

ModelReader::ModelReader(const std::string& path, std::string_view kind, std::uint32_t version) : name_(path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw ModelError(path + ": model file not found (use --models DIR to point at another set)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ModelError(path + ": cannot read the model file");
    // One read of the whole file (a byte-by-byte stream copy took most of a model's load time).
    std::vector<char> all;
    in.seekg(0, std::ios::end);
    auto size_read = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size_read > 0 && in) {
        all.resize(static_cast<std::size_t>(size_read));
        in.read(all.data(), size_read);
        if (!in) throw ModelError(path + ": cannot read the model file");
    } else {
        in.clear();
        all.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (all.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), all.begin()))
        throw ModelError(path + ": not a kgraph model file");
    if (all.size() < kHeaderBytes) throw ModelError(path + ": truncated model file (header cut short)");
    std::string file_kind(all.data() + kMagic.size(), kKindBytes);
    file_kind.resize(file_kind.find('\0') == std::string::npos ? kKindBytes : file_kind.find('\0'));
    if (file_kind != kind)
        throw ModelError(path + ": holds a " + file_kind + " model, expected a " + std::string(kind) + " model");
    auto file_version = read_at<std::uint32_t>(all, kMagic.size() + kKindBytes);
    if (file_version != version)
        throw ModelError(path + ": " + std::string(kind) + " model format " + std::to_string(file_version) +
                         ", this kgraph reads format " + std::to_string(version) + " (retrain the models)");
    auto size = read_at<std::uint64_t>(all, kMagic.size() + kKindBytes + sizeof(std::uint32_t));
    if (all.size() < kHeaderBytes + sizeof(std::uint64_t) || size > all.size() - kHeaderBytes - sizeof(std::uint64_t))
        throw ModelError(path + ": truncated model file");
    if (size != all.size() - kHeaderBytes - sizeof(std::uint64_t))
        throw ModelError(path + ": model file has trailing bytes (corrupt)");
    payload_.assign(all.begin() + static_cast<std::ptrdiff_t>(kHeaderBytes),
                    all.begin() + static_cast<std::ptrdiff_t>(kHeaderBytes + size));
    auto sum = read_at<std::uint64_t>(all, kHeaderBytes + size);
    if (sum != fnv1a64(payload_)) throw ModelError(path + ": model file is corrupt (checksum mismatch)");
}

ModelReader::ModelReader(std::vector<char> payload, std::string name)
    : payload_(std::move(payload)), name_(std::move(name)) {}

const char* ModelReader::take(std::size_t n) {
    if (n > remaining()) fail("truncated model payload");
    const char* p = payload_.data() + pos_;
    pos_ += n;
    return p;
}

std::string ModelReader::get_string() {
    auto n = get<std::uint32_t>();
    const char* p = take(n);
    return std::string(p, n);
}

std::vector<std::string> ModelReader::get_strings() {
    auto n = get<std::uint64_t>();
    if (n > remaining() / sizeof(std::uint32_t)) fail("truncated (a list runs past the end)");
    std::vector<std::string> out;
    out.reserve(n);
    for (std::uint64_t i = 0; i < n; ++i) out.push_back(get_string());
    return out;
}

void ModelReader::expect_end() const {
    if (remaining() != 0) fail("unexpected data after the model (a file of another layout)");
}

void ModelReader::fail(const std::string& why) const { throw ModelError(name_ + ": " + why); }

}  // namespace kg::nlp
