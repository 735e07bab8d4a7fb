"""The adopter matrix: a small example site per host, built with the package installed from its wheel.

A package, so that this folder's conftest.py does not replace tests/conftest.py as the module
`conftest`."""
