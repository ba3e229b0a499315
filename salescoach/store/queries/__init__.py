"""The query layer every front end reads through: the funnel, the sorted lists, the day's
agenda, the coach's snapshot, a customer's story.
"""
