"""What a rep asks of SalesCoach as a whole (import a file, take an import back, export,
back up, sync with the team), done once for both front ends.

Each use case is a function of the store that returns a result; the result says what was
done in the rep's language, from the translated resources (`reports.results`), so the
command line prints and the window shows the same sentence. Nothing here knows Qt: the
window runs these functions on its workers and shows their text.
"""
