// Public header of graph/: the data model and the passes over it.
#pragma once

#include "graph/analyze.hpp"
#include "graph/build.hpp"
#include "graph/centrality.hpp"
#include "graph/community.hpp"
#include "graph/connection_graph.hpp"
#include "graph/errors.hpp"
#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/name_lookup.hpp"
#include "graph/names.hpp"
#include "graph/paths.hpp"
#include "graph/statement.hpp"
#include "graph/stats.hpp"
#include "graph/types.hpp"
