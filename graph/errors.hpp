// Errors a user can act on. The program catches them once, at the top, prints the message
// and exits with status 1 (bad input). Messages name the file and line where there is one.
#pragma once

#include <stdexcept>
#include <string>

namespace kg {

struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace kg
