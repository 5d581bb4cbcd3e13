"""Results per programme: exits by category, the share to work or studies, stays, cost."""
