#include "ifconfig_plan6.h"

#include <doctest/doctest.h>
