"""The Results tab: results per programme from the imported participant lists."""
