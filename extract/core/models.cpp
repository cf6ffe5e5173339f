#include "extract/core/models.hpp"

#include <cstdlib>
#include <filesystem>

namespace kg::nlp {

Models Models::load_without_relations(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw ModelError(dir + ": no such models folder");
    auto file = [&](const char* name) { return (fs::path(dir) / name).string(); };
    return Models{WordClusters::load(file("clusters.kgm")), Tagger::load(file("tagger.kgm")),
                  Parser::load(file("parser.kgm")), EntityRecognizer::load(file("ner.kgm")), RelationModel{}, dir};
}

Models Models::load(const std::string& dir) {
    Models m = load_without_relations(dir);
    m.relations = RelationModel::load((std::filesystem::path(dir) / "relations.kgm").string());
    return m;
}

std::string default_models_dir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("KGRAPH_MODELS"); env && *env) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path installed = exe.parent_path().parent_path() / "share" / "kgraph" / "models";
        if (fs::is_regular_file(installed / "tagger.kgm", ec)) return installed.string();
    }
    return KGRAPH_SOURCE_MODELS_DIR;
}

}  // namespace kg::nlp
