// SVG and PNG pictures: the DOT export laid out by Graphviz (dot for small graphs, sfdp beyond
// a few hundred nodes), run as a child process without a shell.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/errors.hpp"
#include "io/io.hpp"

extern char** environ;

namespace kg::io {
namespace {

constexpr std::size_t kSfdpAbove = 300;

// A scratch folder removed with everything in it when the render is done.
class ScratchDir {
   public:
    ScratchDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "kgraph-render-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) throw InputError("cannot create a temporary folder to render");
        path_ = tmpl;
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::filesystem::path operator/(const char* name) const { return path_ / name; }

   private:
    std::filesystem::path path_;
};

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int run(const std::vector<std::string>& argv, const std::filesystem::path& err_file) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return -1;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

void render_with_graphviz(const KnowledgeGraph& kg, Format format, std::ostream& out,
                          const WriteOptions& opt) {
    ScratchDir dir;
    auto dot_file = dir / "graph.dot";
    auto out_file = dir / (format == Format::Png ? "graph.png" : "graph.svg");
    auto err_file = dir / "stderr.txt";
    {
        std::ofstream dot(dot_file, std::ios::binary);
        write_dot(kg, dot, opt);
        if (!dot.flush()) throw InputError("cannot write a temporary DOT file to render");
    }
    std::string engine = kg.node_count() > kSfdpAbove ? "sfdp" : "dot";
    int rc = run({engine, format == Format::Png ? "-Tpng" : "-Tsvg", "-o", out_file.string(),
                  dot_file.string()},
                 err_file);
    if (rc == -1 || rc == 127)
        throw InputError("Graphviz's '" + engine +
                         "' program was not found: install graphviz to write SVG or PNG");
    if (rc != 0)
        throw InputError("Graphviz's '" + engine + "' failed (status " + std::to_string(rc) +
                         "): " + slurp(err_file));
    out << slurp(out_file);
}

void write_graph(const KnowledgeGraph& kg, Format format, std::ostream& out,
                 const WriteOptions& opt) {
    switch (format) {
        case Format::GraphML: return write_graphml(kg, out, opt);
        case Format::Gexf: return write_gexf(kg, out, opt);
        case Format::Dot: return write_dot(kg, out, opt);
        case Format::Json: return write_json(kg, out, opt);
        case Format::Csv: return write_csv_nodes(kg, out);
        case Format::CsvEdges: return write_csv_edges(kg, out);
        case Format::Svg:
        case Format::Png: return render_with_graphviz(kg, format, out, opt);
        case Format::Statements:
            throw InputError("a graph cannot be written as statements: use 'kgraph extract'");
    }
}

}  // namespace kg::io
