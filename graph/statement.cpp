#include "graph/statement.hpp"

#include <iterator>

namespace kg {

void StatementSet::append(StatementSet other) {
    articles.insert(articles.end(), std::make_move_iterator(other.articles.begin()),
                    std::make_move_iterator(other.articles.end()));
    entities.insert(entities.end(), std::make_move_iterator(other.entities.begin()),
                    std::make_move_iterator(other.entities.end()));
    statements.insert(statements.end(), std::make_move_iterator(other.statements.begin()),
                      std::make_move_iterator(other.statements.end()));
}

}  // namespace kg
