// Outputs are replaced only when complete: a failure never leaves a partial file behind or
// destroys the user's earlier file.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "graph/errors.hpp"
#include "io/io.hpp"

namespace kg::io {
namespace {

// Pipes, devices (/dev/null, /dev/full) and standard output are written in place.
bool is_special_target(const std::string& path) {
    if (path == "-") return true;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return false;  // does not exist yet: a new regular file
    return !S_ISREG(st.st_mode);
}

void write_directly(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (path == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw InputError("cannot write to standard output");
        return;
    }
    std::ofstream out(path, std::ios::binary);
    if (!out) throw InputError(path + ": cannot open for writing: " + std::strerror(errno));
    write(out);
    out.flush();
    if (!out) throw InputError(path + ": write failed: " + std::strerror(errno));
}

std::string temporary_name_beside(const std::filesystem::path& target) {
    std::random_device rd;
    return (target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                    std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000)))
        .string();
}

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
   public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (!committed_) ::unlink(path_.c_str());
    }
    const std::string& path() const { return path_; }
    void commit_to(const std::string& target) {
        if (std::rename(path_.c_str(), target.c_str()) != 0)
            throw InputError(target + ": cannot replace the file: " + std::strerror(errno));
        committed_ = true;
    }

   private:
    std::string path_;
    bool committed_ = false;
};

}  // namespace

void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write) {
    if (is_special_target(path)) {
        write_directly(path, write);
        return;
    }
    std::filesystem::path target(path);
    std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw InputError(path + ": folder " + folder.string() + " does not exist");

    TemporaryFile tmp(temporary_name_beside(target));
    {
        std::ofstream out(tmp.path(), std::ios::binary | std::ios::trunc);
        if (!out) throw InputError(path + ": cannot create a file in " + folder.string() + ": " +
                                   std::strerror(errno));
        write(out);
        out.flush();
        if (!out) throw InputError(path + ": write failed (disk full?)");
    }
    // Make the data durable before the rename makes it visible.
    int fd = ::open(tmp.path().c_str(), O_RDONLY);
    if (fd >= 0) {
        bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!synced) throw InputError(path + ": write failed: " + std::strerror(errno));
    }
    // Keep the permissions of the file being replaced (a new file gets the umask's).
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) ::chmod(tmp.path().c_str(), st.st_mode & 07777);
    tmp.commit_to(path);
}

}  // namespace kg::io
