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

// An anonymous file in the target's folder (Linux O_TMPFILE): it has no name until it is
// complete, so a process killed while writing (SIGKILL included) leaves nothing behind.
class AnonymousFile {
   public:
    explicit AnonymousFile(const std::filesystem::path& folder)
        : fd_(::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666)) {}
    AnonymousFile(const AnonymousFile&) = delete;
    AnonymousFile& operator=(const AnonymousFile&) = delete;
    ~AnonymousFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    bool ok() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    // The file can be reopened (and linked) through its descriptor's /proc entry.
    std::string proc_path() const { return "/proc/self/fd/" + std::to_string(fd_); }
    bool link_as(const std::string& name) const {
        return ::linkat(AT_FDCWD, proc_path().c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0;
    }

   private:
    int fd_;
};

void fill(const std::string& file, const std::string& target,
          const std::function<void(std::ostream&)>& write) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(target + ": cannot create the file: " + std::strerror(errno));
    write(out);
    out.flush();
    if (!out) throw InputError(target + ": write failed (disk full?)");
}

// Keeps the permissions of the file being replaced (a new file gets the umask's).
void copy_permissions(const std::string& target, int fd) {
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0) ::fchmod(fd, st.st_mode & 07777);
}

void sync_or_throw(int fd, const std::string& target) {
    if (::fsync(fd) != 0) throw InputError(target + ": write failed: " + std::strerror(errno));
}

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

    // The data becomes durable before a rename makes it visible under the target's name.
    if (AnonymousFile anon(folder); anon.ok()) {
        fill(anon.proc_path(), path, write);
        sync_or_throw(anon.fd(), path);
        copy_permissions(path, anon.fd());
        TemporaryFile tmp(temporary_name_beside(target));
        if (!anon.link_as(tmp.path()))
            throw InputError(path + ": cannot create a file in " + folder.string() + ": " +
                             std::strerror(errno));
        tmp.commit_to(path);
        return;
    }
    // Filesystems without O_TMPFILE: a named temporary file, removed on failure.
    TemporaryFile tmp(temporary_name_beside(target));
    fill(tmp.path(), path, write);
    int fd = ::open(tmp.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(path + ": write failed: " + std::strerror(errno));
    try {
        sync_or_throw(fd, path);
        copy_permissions(path, fd);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    tmp.commit_to(path);
}

}  // namespace kg::io
