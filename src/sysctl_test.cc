#include "sysctl.h"

#include <doctest/doctest.h>
