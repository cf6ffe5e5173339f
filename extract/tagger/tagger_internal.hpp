// What training needs of a Tagger's insides (internal to extract/tagger/).
#pragma once

#include "extract/tagger/tagger.hpp"

namespace kg::nlp {

// Assembles a Tagger from trained parts.
class TaggerBuilder {
   public:
    struct Parts {
        std::vector<std::string> upos_names, xpos_names;
        std::vector<std::uint16_t> class_upos, class_xpos;
        std::vector<std::uint64_t> dict_keys;  // sorted
        std::vector<std::uint16_t> dict_classes;
        bool uses_clusters = false, two_pass = false;
        float confident_margin = std::numeric_limits<float>::infinity();
        LinearModel first, second;
    };
    static Tagger build(Parts parts) {
        Tagger t;
        t.upos_names_ = std::move(parts.upos_names);
        t.xpos_names_ = std::move(parts.xpos_names);
        t.class_upos_ = std::move(parts.class_upos);
        t.class_xpos_ = std::move(parts.class_xpos);
        t.dict_keys_ = std::move(parts.dict_keys);
        t.dict_classes_ = std::move(parts.dict_classes);
        t.uses_clusters_ = parts.uses_clusters;
        t.two_pass_ = parts.two_pass;
        t.confident_margin_ = parts.confident_margin;
        t.first_ = std::move(parts.first);
        t.second_ = std::move(parts.second);
        return t;
    }
};

}  // namespace kg::nlp
