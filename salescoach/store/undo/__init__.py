"""Taking writes back. Two sources of the rows' images, one for each way rows are written:
the session's journal sees every ORM flush (Edit ▸ Undo), and `bulk_images` reads the
rows a bulk import updates out of the ORM's sight (undoing an import).
"""
