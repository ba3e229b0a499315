"""What keeps the rep's data safe: looking at a file before writing into it, backups and
restores, encryption, erasing a contact for good.
"""
