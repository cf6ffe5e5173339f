// Public header of graph/: the data model and the passes over it.
#pragma once

#include "graph/build.hpp"
#include "graph/errors.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/statement.hpp"
#include "graph/stats.hpp"
#include "graph/types.hpp"
