// The container every trained model is stored in: a fixed header (magic, component kind,
// format version, payload size) followed by the payload and its checksum. A missing,
// truncated, corrupt or foreign file is refused with a ModelError that names the file, so a
// user who points --models at the wrong folder is told which file is wrong and why.
//
// Layout (little-endian):
//   "KGMODEL\0"            8 bytes
//   kind                   16 bytes, ASCII, zero-padded ("tagger", "parser", "ner", ...)
//   format version         uint32
//   payload size           uint64
//   payload                payload-size bytes, written with ModelWriter
//   checksum               uint64, FNV-1a of the payload
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "graph/errors.hpp"

namespace kg::nlp {

// A model file that cannot be used. Derives from InputError: the program exits with status 1.
struct ModelError : InputError {
    using InputError::InputError;
};

// Builds a payload in memory; save() writes it atomically (a temporary file renamed into
// place), so an interrupted training run never leaves half a model behind.
class ModelWriter {
   public:
    template <class T>
        requires std::is_trivially_copyable_v<T>
    void put(const T& value) {
        const auto* p = reinterpret_cast<const char*>(&value);
        bytes_.insert(bytes_.end(), p, p + sizeof(T));
    }
    void put_string(std::string_view s);
    template <class T>
        requires std::is_trivially_copyable_v<T>
    void put_vector(std::span<const T> values) {
        put<std::uint64_t>(values.size());
        const auto* p = reinterpret_cast<const char*>(values.data());
        bytes_.insert(bytes_.end(), p, p + values.size_bytes());
    }
    void put_strings(const std::vector<std::string>& values);

    const std::vector<char>& bytes() const { return bytes_; }
    // Writes header, payload and checksum to `path`. Throws ModelError when it cannot.
    void save(const std::string& path, std::string_view kind, std::uint32_t version) const;

   private:
    std::vector<char> bytes_;
};

// Reads a payload; every read is bounds-checked and a short payload throws ModelError
// ("<file>: truncated ...").
class ModelReader {
   public:
    // Opens `path`, checks magic, kind, version and checksum. `what` names the model in
    // messages ("the tagger model").
    ModelReader(const std::string& path, std::string_view kind, std::uint32_t version);
    // Reads a payload held in memory (tests).
    ModelReader(std::vector<char> payload, std::string name);

    template <class T>
        requires std::is_trivially_copyable_v<T>
    T get() {
        T value;
        std::memcpy(&value, take(sizeof(T)), sizeof(T));
        return value;
    }
    std::string get_string();
    template <class T>
        requires std::is_trivially_copyable_v<T>
    std::vector<T> get_vector() {
        auto n = get<std::uint64_t>();
        if (n > remaining() / (sizeof(T) ? sizeof(T) : 1)) fail("truncated (a list runs past the end)");
        std::vector<T> out(n);
        if (n) std::memcpy(out.data(), take(n * sizeof(T)), n * sizeof(T));
        return out;
    }
    std::vector<std::string> get_strings();

    std::size_t remaining() const { return payload_.size() - pos_; }
    // Throws unless the whole payload was read (a file of another layout).
    void expect_end() const;
    [[noreturn]] void fail(const std::string& why) const;
    const std::string& name() const { return name_; }

   private:
    const char* take(std::size_t n);
    std::vector<char> payload_;
    std::size_t pos_ = 0;
    std::string name_;
};

std::uint64_t fnv1a64(std::span<const char> bytes);

}  // namespace kg::nlp
