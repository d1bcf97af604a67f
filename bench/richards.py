"""A Richards-style operating-system simulation: a scheduler switching between
an idle task, a worker, two handlers and two devices that pass packets around.
Exercises attribute access on small objects, method calls and linked lists.
The packet and hold counts per run are fixed by the algorithm (23246 / 9297)."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        # Appends self to the end of queue and returns the queue's head.
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    """A task control block: priority, input queue, and its three state bits."""

    def __init__(self, system, ident, priority, queue, pending, waiting):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = system.task_list
        system.task_list = self
        system.tasks[ident] = self

    def blocked(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def take_packet(self):
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.input
            self.input = packet.link
            self.packet_pending = self.input is not None
            self.waiting = False
            self.holding = False
            return packet
        return None

    def add_packet(self, packet, current):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            return self if self.priority > current.priority else current
        self.input = packet.append_to(self.input)
        return current


class IdleTask(Task):
    def __init__(self, system):
        super().__init__(system, IDLE, 0, None, False, False)
        self.control = 1
        self.count = 10000

    def run(self, packet):
        s = self.system
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, queue):
        super().__init__(system, WORKER, 1000, queue, True, True)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        s = self.system
        if packet is None:
            return s.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        super().__init__(system, ident, priority, queue, True, True)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        s = self.system
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFFER_SIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(device)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        super().__init__(system, ident, priority, None, False, True)
        self.pending = None

    def run(self, packet):
        s = self.system
        if packet is None:
            if self.pending is None:
                return s.wait_current()
            packet, self.pending = self.pending, None
            return s.queue_packet(packet)
        self.pending = packet
        s.checksum = (s.checksum * 31 + packet.datum) % 1000000007
        return s.hold_current()


class System:
    def __init__(self):
        self.task_list = None
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.holding = False
        return task if task.priority > self.current.priority else self.current

    def queue_packet(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.run(task.take_packet())


def run_once():
    s = System()
    IdleTask(s)
    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, queue)
    queue = Packet(Packet(Packet(None, DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = Packet(Packet(Packet(None, DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count, s.checksum


ITERATIONS = 45
results = [run_once() for _ in range(ITERATIONS)]
assert all(r == results[0] for r in results)
print("richards", ITERATIONS, results[0])
