"""SalesCoach: an offline desktop coach for field sales reps."""

__version__ = "0.1.0"
