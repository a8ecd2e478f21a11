"""Articles straight from the web: fetching pages and feeds safely, turning HTML into articles,
saving them into the seeds folder where the library's watcher picks them up."""
