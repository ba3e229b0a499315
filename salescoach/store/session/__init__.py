"""What every store session does on its own: note what each write changed, keep the first-
reached times and the search keys, leave tombstones and stamp rows. Installed on the
store's session class by `hooks.install`, once, by `Store`.
"""
