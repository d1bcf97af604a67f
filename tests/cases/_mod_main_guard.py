def helper():
    return "helper"
if __name__ == "__main__":
    print("never printed on import")
else:
    print("imported as", __name__)
