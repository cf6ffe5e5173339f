// kgraph annotate INPUT [--format conllu|conll2003|text] -o OUT: the NLP core's analysis
// (tags, dependency tree, entities) in the field's formats.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "extract/annotate.hpp"
#include "graph/errors.hpp"
#include "io/io.hpp"

namespace kg::cli {
namespace {

std::string read_all(std::istream& in) { return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}; }

}  // namespace

int run_annotate(const Args& args) {
    po::options_description opts("Options");
    std::string input, output = "-", format = "text", models_dir;
    opts.add_options()
        ("input", po::value(&input)->required(), "the file to annotate, or '-' for standard input")
        ("format", po::value(&format)->default_value("text"),
         "input layout: 'text' (plain text; CoNLL-U out), 'conllu' (CoNLL-U; only FORM is read), "
         "'conll2003' (word per line; WORD TAG out)")
        ("output,o", po::value(&output), "output file; default: standard output")
        ("models", po::value(&models_dir), "folder of the trained models (default: the shipped ones)");
    po::positional_options_description pos;
    pos.add("input", 1);
    po::variables_map vm;
    if (!parse_command_line("annotate", "INPUT [--format conllu|conll2003|text] [-o OUT]",
                            "Runs the NLP core (tagger, dependency parser, entity recogniser) and "
                            "writes what it finds: CoNLL-U with UPOS, XPOS, HEAD, DEPREL and NER=<IOB2 "
                            "tag> in MISC, or for CoNLL-2003 input one 'WORD TAG' line per word.",
                            args, opts, pos, vm))
        return 0;
    if (format != "text" && format != "conllu" && format != "conll2003")
        throw UsageError("annotate", "--format must be 'text', 'conllu' or 'conll2003', not '" + format + "'");

    LoadOptions lo;
    lo.models_dir = models_dir;
    const PhaseTimer timings = timings_option(vm);
    nlp::Models models = timings.time("models", [&] { return load_models(lo); });

    std::ifstream file;
    if (input != "-") {
        file.open(input, std::ios::binary);
        if (!file) throw InputError(input + ": cannot open");
    }
    std::istream& in = input == "-" ? std::cin : file;
    const std::string name = input == "-" ? "<stdin>" : input;
    // The whole result is made before anything is written: a bad line leaves no half file.
    std::ostringstream result;
    timings.time("annotate", [&] {
        if (format == "conllu") extract::annotate_conllu(in, name, models, result);
        else if (format == "conll2003") extract::annotate_conll2003(in, name, models, result);
        else if (std::size_t invalid = extract::annotate_text(read_all(in), models, result))
            std::cerr << "warning: " << name << ": " << invalid << " invalid UTF-8 sequence(s) replaced with U+FFFD\n";
    });
    timings.time("write", [&] { io::write_file_atomically(output, [&](std::ostream& os) { os << result.str(); }); });
    return 0;
}

}  // namespace kg::cli
