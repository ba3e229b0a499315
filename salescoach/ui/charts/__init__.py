"""Charts: matplotlib is imported in a worker the first time a chart is shown."""
