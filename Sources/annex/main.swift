print("annex")
