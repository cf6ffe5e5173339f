#include "graph/statement.hpp"

#include <iterator>

namespace kg {

void StatementSet::append(StatementSet other) {
    for (SavedGraph& g : other.saved) {
        g.first_entity += entities.size();
        g.first_statement += statements.size();
        for (SavedNode& n : g.nodes) n.entity += entities.size();
        for (SavedEdge& e : g.edges) e.first += statements.size();
        saved.push_back(std::move(g));
    }
    articles.insert(articles.end(), std::make_move_iterator(other.articles.begin()),
                    std::make_move_iterator(other.articles.end()));
    entities.insert(entities.end(), std::make_move_iterator(other.entities.begin()),
                    std::make_move_iterator(other.entities.end()));
    statements.insert(statements.end(), std::make_move_iterator(other.statements.begin()),
                      std::make_move_iterator(other.statements.end()));
}

}  // namespace kg
