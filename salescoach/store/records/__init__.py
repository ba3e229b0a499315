"""Writing and reading the rep's records one by one (contacts, deals, activities), and the
import batches that bring them in many at a time.
"""
