"""Thin command-line layer over the library: each command parses options and calls a function."""
