"""Forecast: before a program runs, which SYCL libraries in an environment will run native
code (AOT) on a GPU, which will be compiled on first use (JIT) and how much, which cannot
load, and whether the SYCL runtime they need is the one the environment provides.

Libraries are found by reading files (ELF and PE headers), never from a list of package
names; the driver's archive-member rule is app.catalog.aot_match (ocloc_names.md §2)."""
